package uk.gov.pathway.bench;

import static uk.gov.pathway.bench.CountyBenchmark.ADMIN;
import static uk.gov.pathway.bench.CountyBenchmark.MANAGER;
import static uk.gov.pathway.bench.CountyBenchmark.basic;
import static uk.gov.pathway.bench.CountyBenchmark.check;
import static uk.gov.pathway.bench.CountyBenchmark.importFile;
import static uk.gov.pathway.bench.CountyBenchmark.seconds;
import static uk.gov.pathway.bench.CountyBenchmark.send;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The casework benchmark: a council's open cases, and how fast the screens and calls that officers and the manager use
 * all day answer with that many cases in the database. Registers a small county (schools, pupils and a year's marks),
 * sets the server's clock to a school day, opens the cases through {@code POST /cases} (each with a recorded contact)
 * on every Knowsley level, sixty of them allocated to each officer, and times, with ten clients at once: an officer's
 * caseload page, a statutory officer's {@code GET /cases}, a case workspace ({@code GET /cases/{id}}), a letter made
 * from a case as PDF, and the manager's allocation and drift page.
 *
 * <p>Usage: bench/run --casework [--cases 2000] [--scale 0.01]
 */
final class CaseworkBenchmark {

    private static final String DAY = "2026-03-02T09:00:00Z";
    private static final int CLIENTS = 10;
    private static final int PER_CLIENT = 30;
    /**
     * How long the clients make each call before they are timed. On two cores a freshly started server's C2 compiler
     * takes one core for minutes as each page's code gets hot, so that with 3 calls a client the figures measured the
     * compiler as much as the page; a council's server has long compiled them.
     */
    private static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(15);
    private static final int CASELOAD = 60;
    private static final int PAGE = 50;
    private static final String[] LEVELS = {"L1", "L2", "L3", "L4"};

    private CaseworkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = 2000;
        double scale = 0.01;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cases")) {
                cases = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--scale")) {
                scale = Double.parseDouble(args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown argument " + args[i] + ": use --casework [--cases N]"
                        + " [--scale S]");
            }
        }
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        County county = new County(scale);
        if (cases > county.pupils()) {
            throw new IllegalArgumentException(cases + " cases need as many pupils; the county at scale " + scale
                    + " has " + county.pupils() + ": raise --scale");
        }
        Path marksFile = root.resolve("bench/target/county-attendance-" + scale + ".csv");
        if (!Files.exists(marksFile)) {
            county.writeAttendance(marksFile);
        }
        BenchServer.freshSchema();
        BenchServer server = new BenchServer(root);
        server.start("-Dpathway.clock=adjustable");
        try {
            CountyBenchmark.setUp(county);
            importFile("attendance", HttpRequest.BodyPublishers.ofFile(marksFile));
            check(send("PUT", "api/v1/clock", "application/json", "{\"now\": \"" + DAY + "\"}", ADMIN), 200, "clock");
            run(server, county, cases);
        } finally {
            server.stop();
        }
    }

    private static void run(BenchServer server, County county, int cases) throws Exception {
        long[] ids = new long[cases];
        long t = System.nanoTime();
        AtomicInteger allocatedTraded = new AtomicInteger();
        AtomicInteger allocatedEarlyHelp = new AtomicInteger();
        AtomicInteger allocatedStatutory = new AtomicInteger();
        parallel(cases, i -> {
            String level = LEVELS[i % LEVELS.length];
            String officer = null;
            if (level.equals("L1") || level.equals("L2")) {
                officer = allocatedTraded.incrementAndGet() <= CASELOAD ? "traded-officer"
                        : allocatedEarlyHelp.incrementAndGet() <= CASELOAD ? "early-help-worker" : null;
            } else if (allocatedStatutory.incrementAndGet() <= CASELOAD) {
                officer = "statutory-officer";
            }
            String upn = county.upn(i % county.schools, 1 + i / county.schools);
            HttpResponse<String> opened = send("POST", "api/v1/cases", "application/json", "{\"upn\": \"" + upn
                    + "\", \"level\": \"" + level + "\", \"reason\": \"Attendance below 90% this term\""
                    + (officer == null ? "" : ", \"officer\": \"" + officer + "\"") + "}", MANAGER);
            check(opened, 201, "case for " + upn);
            ids[i] = id(opened.body());
            check(send("POST", "api/v1/cases/" + ids[i] + "/contacts", "application/json", "{\"kind\": \"PHONE_CALL\","
                    + " \"date\": \"2026-03-02\", \"summary\": \"Called the parent about attendance\"}", MANAGER), 201,
                    "contact on case " + ids[i]);
        });
        double openSeconds = seconds(t);
        List<Long> tradedCases = new ArrayList<>();
        for (int i = 0; i < cases && tradedCases.size() < CASELOAD; i++) {
            if (i % LEVELS.length < 2) {
                tradedCases.add(ids[i]);
            }
        }

        double[] caseload;
        double[] statutoryList;
        double[] workspace;
        double[] letter;
        double[] allocation;
        BenchServer.analyze();
        try (HeapSampler heap = new HeapSampler(server.serverPid())) {
            String traded = basic("traded-officer");
            caseload = timed(n -> send("GET", "officer/caseload.xhtml", null, null, traded), "caseload page");
            String statutory = basic("statutory-officer");
            int pages = Math.max(1, (int) Math.ceil(total(send("GET", "api/v1/cases?page=1&size=" + PAGE, null, null,
                    statutory)) / (double) PAGE));
            statutoryList = timed(n -> send("GET", "api/v1/cases?page=" + (1 + n % pages) + "&size=" + PAGE, null,
                    null, statutory), "GET /cases");
            workspace = timed(n -> send("GET", "api/v1/cases/" + tradedCases.get(n % tradedCases.size()), null, null,
                    traded), "GET /cases/{id}");
            letter = timed(n -> send("POST", "api/v1/cases/" + tradedCases.get(n % tradedCases.size()) + "/letters",
                    "application/json", "{\"templateCode\": \"ATTENDANCE_LETTER_1\"}", traded), 201, "letter");
            allocation = timed(n -> send("GET", "manager/allocation.xhtml", null, null, MANAGER), "allocation page");

            System.out.println();
            System.out.printf(Locale.ROOT, "%,d open cases (%,d pupils in %d schools, a year's marks); %d clients at"
                    + " once, %d requests each after %d s of the same load%n", cases, county.pupils(), county.schools,
                    CLIENTS, PER_CLIENT, WARM_UP.toSeconds());
            System.out.println();
            Targets targets = new Targets();
            Targets.header();
            targets.row(String.format(Locale.ROOT, "opening a case and recording a contact (POST /cases, POST"
                    + " /cases/{id}/contacts), %d clients", CLIENTS), String.format(Locale.ROOT,
                    "%.0f cases/s (%.1f s for %,d)", cases / openSeconds, openSeconds, cases));
            row(targets, "a traded officer's caseload page (60 own cases of " + cases + ")", caseload, 300);
            row(targets, "GET /cases?page=&size=" + PAGE + " as a statutory officer (" + pages + " pages of the"
                    + " statutory-level cases)", statutoryList, 200);
            row(targets, "a case workspace, GET /cases/{id}", workspace, 0);
            row(targets, "a letter from a case's records as PDF, POST /cases/{id}/letters", letter, 0);
            row(targets, "the manager's allocation and drift page (paged, every open case)", allocation, 500);
            targets.row("server peak heap (jstat, -Xmx2g)", String.format(Locale.ROOT, "%,d MB", heap.peakMb()),
                    "within 1024 MB", heap.peakMb() <= 1024);
            heap.close();
            server.stop();
            targets.exitIfMissed();
        }
    }

    /** p50 and p95; against a p95 target in ms when {@code p95Target} is above 0. */
    private static void row(Targets targets, String what, double[] times, int p95Target) {
        String figure = String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", times[0], times[1]);
        if (p95Target > 0) {
            targets.row(what, figure, "p95 within " + p95Target + " ms", times[1] <= p95Target);
        } else {
            targets.row(what, figure);
        }
    }

    private static long total(HttpResponse<String> page) {
        check(page, 200, "GET /cases");
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(page.body());
        if (!total.find()) {
            throw new IllegalStateException("No total in " + page.body());
        }
        return Long.parseLong(total.group(1));
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send(int n) throws Exception;
    }

    private static double[] timed(Call call, String what) throws Exception {
        return timed(call, 200, what);
    }

    /** {@link #CLIENTS} clients at once, each making the call; answers {p50, p95} in ms after the warm-up. */
    private static double[] timed(Call call, int status, String what) throws Exception {
        return Clients.p50p95(CLIENTS, WARM_UP, PER_CLIENT, (client, n) -> check(call.send(client * 1000 + n), status,
                what));
    }

    @FunctionalInterface
    private interface Work {
        void run(int n) throws Exception;
    }

    /** Work 0 to count - 1, {@link #CLIENTS} at once. */
    private static void parallel(int count, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Object>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                work.run(n);
                return null;
            }));
        }
        for (Future<Object> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static long id(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return Long.parseLong(id.group(1));
    }
}

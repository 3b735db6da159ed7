package uk.gov.pathway.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster check of issue 14: {@code bench/run --cluster [--scale 0.02] [--keep]}. Starts the two-node cluster and its
 * balancer ({@code bin/pathway-cluster start --fresh}, the nodes with an adjustable clock and
 * {@code pathway.cluster.takeover-after-seconds=20}), signs in twenty clients through the balancer (a screen session
 * each, by the form login, and the API), opens cases whose deadlines the run then makes due, starts an attendance
 * import, and kills ({@code kill -9}) the node that runs the import, which serves about half the clients. At the moment
 * of the kill both nodes are sweeping the deadlines that just fell due. Prints the requests that failed (after the
 * failover window: target 0), the failover time, the sessions lost (target 0), whether the import completed exactly
 * once, and whether each deadline fired exactly once (its task and its e-mail counted). Exits 1 when a target is missed.
 */
public final class ClusterBenchmark {

    static final int BALANCER = 8880;
    static final int[] NODES = {8680, 8780};
    static final String SCHEMA = System.getProperty("bench.cluster.schema", "pathway_cluster");
    static final String DB_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;
    static final int CLIENTS = 20;
    static final int CASES = 20;
    static final String MARKS = "select coalesce(sum(length(replace(marks, '-', ''))), 0) from attendance_week";
    static final String[] SCREEN_USERS = {"sas-manager", "statutory-officer", "traded-officer", "early-help-worker"};

    record Result(int client, long sentAtMs, long tookMs, boolean ok, boolean signedOut, String what) {
    }

    public static void main(String[] args) throws Exception {
        double scale = 0.02;
        boolean keep = false;
        boolean running = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--keep" -> keep = true;
                case "--running" -> running = true;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + ": --scale S, --keep (leave the cluster running), --running (use the cluster running, started"
                        + " with PATHWAY_CLUSTER_OPTS='-Dpathway.clock=adjustable -Dpathway.cluster.takeover-after-seconds=20')");
            }
        }
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        County county = new County(scale);
        Path marksFile = root.resolve("bench/target/county-attendance-" + scale + ".csv");
        if (!Files.exists(marksFile)) {
            Files.createDirectories(marksFile.getParent());
            county.writeAttendance(marksFile);
        }
        System.out.printf(Locale.ROOT, "County at scale %s: %d schools, %d pupils, %,d marks to import%n", scale,
                county.schools, county.pupils(), county.marks());
        long t0 = System.nanoTime();
        boolean passed = false;
        try {
            if (!running) {
                run(root, List.of("bin/pathway-cluster", "start", "--fresh", "--no-build"),
                        "-Dpathway.clock=adjustable -Dpathway.cluster.takeover-after-seconds=20");
                System.out.printf(Locale.ROOT, "Cluster started in %.0f s%n", CountyBenchmark.seconds(t0));
            }
            passed = check(root, county, marksFile);
            System.out.printf(Locale.ROOT, "Cluster check took %.0f s in all%n", CountyBenchmark.seconds(t0));
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            if (!keep && !running) {
                run(root, List.of("bin/pathway-cluster", "stop"), "");
            }
        }
        // The HTTP clients' threads end with the process, whatever happened.
        System.exit(passed ? 0 : 1);
    }

    private static boolean check(Path root, County county, Path marksFile) throws Exception {
        // The county's schools and pupils, through the balancer's API (the demo council, LA 999's 99910xx, is loaded).
        Api api = new Api(URI.create("http://localhost:" + BALANCER + "/pathway/"));
        api.importFile("schools", county.schoolsCsv());
        api.importFile("pupils", county.pupilsCsv());
        // No stale read, no stale write: a pupil corrected on node 1 reads corrected on node 2, and node 2 refuses a
        // correction made from what was read before it (the version).
        String upn = county.upn(0, 1);
        Api one = new Api(URI.create("http://localhost:" + NODES[0] + "/pathway/"));
        Api two = new Api(URI.create("http://localhost:" + NODES[1] + "/pathway/"));
        String read = two.send("GET", "api/v1/pupils/" + upn, null, null, "sas-manager").body();
        int written = one.send("PUT", "api/v1/pupils/" + upn, "application/json", correction(read, "Amended"),
                "sas-manager").statusCode();
        boolean freshRead = two.send("GET", "api/v1/pupils/" + upn, null, null, "sas-manager").body()
                .contains("\"surname\":\"Amended\"");
        int staleWrite = two.send("PUT", "api/v1/pupils/" + upn, "application/json", correction(read, "Stale"),
                "sas-manager").statusCode();
        System.out.printf(Locale.ROOT, "Pupil %s corrected on node1: %d; read on node2 %s; a correction on node2 from"
                + " the old version: %d%n", upn, written, freshRead ? "corrected" : "STALE", staleWrite);

        List<Long> cases = new ArrayList<>();
        List<String> free = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DB_URL, "postgres", "postgres"); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select p.upn from pupil p where p.surname like 'School%' and not exists"
                     + " (select 1 from case_pupil cp where cp.pupil_id = p.id) order by p.upn limit " + CASES)) {
            while (r.next()) {
                free.add(r.getString(1));
            }
        }
        for (int c = 0; c < CASES; c++) {
            HttpResponse<String> opened = api.send("POST", "api/v1/cases", "application/json", "{\"upn\": \""
                    + free.get(c) + "\", \"level\": \"L1\", \"reason\":"
                    + " \"Cluster check " + c + "\"}", "sas-manager");
            CountyBenchmark.check(opened, 201, "case " + c);
            cases.add(Long.parseLong(field(opened.body(), "id")));
        }
        String caseIds = cases.toString().replace('[', '(').replace(']', ')');
        long deadlines = count("select count(*) from deadline where status = 'OPEN' and subject_type = 'case'"
                + " and subject_id in " + caseIds);
        LocalDate latestDue = LocalDate.parse(scalar("select max(due_date) from deadline where status = 'OPEN'"
                + " and subject_type = 'case' and subject_id in " + caseIds));
        System.out.printf(Locale.ROOT, "Opened %d cases with %d open deadlines, the last due %s%n", CASES, deadlines,
                latestDue);

        // Twenty clients, each signed in on a screen session through the balancer, and calling the API.
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Client client = new Client(c, SCREEN_USERS[c % SCREEN_USERS.length]);
            client.signIn();
            clients.add(client);
        }
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long start = System.currentTimeMillis();
        List<CompletableFuture<Void>> loops = clients.stream().map(c -> CompletableFuture.runAsync(() ->
                c.loop(running, results, start))).toList();
        Thread.sleep(5_000);

        long marksBefore = count(MARKS);
        // An import on the node serving the most clients (half of them, as the balancer shares sessions out), then
        // the kill of that node while both nodes sweep the deadlines made due.
        long onNode1 = clients.stream().filter(c -> "node1".equals(c.node())).count();
        String victim = onNode1 * 2 >= CLIENTS ? "node1" : "node2";
        int victimPort = victim.equals("node1") ? NODES[0] : NODES[1];
        long onVictim = clients.stream().filter(c -> victim.equals(c.node())).count();
        String job = new Api(URI.create("http://localhost:" + victimPort + "/pathway/")).submit("attendance", marksFile);
        while (scalar("select node_name from import_job where id = '" + job + "' and status = 'RUNNING'") == null) {
            Thread.sleep(200);
        }
        Thread.sleep(1_500);
        Instant due = latestDue.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        List<CompletableFuture<HttpResponse<String>>> sweeps = new ArrayList<>();
        for (int port : NODES) {
            sweeps.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return new Api(URI.create("http://localhost:" + port + "/pathway/")).send("PUT", "api/v1/clock",
                            "application/json", "{\"now\": \"" + due + "\"}", "it-admin");
                } catch (Exception e) {
                    return null;
                }
            }));
        }
        Thread.sleep(300);
        long pid = Long.parseLong(Files.readString(root.resolve("target/cluster/" + victim + ".pid")).strip());
        long killedAt = System.currentTimeMillis();
        new ProcessBuilder("kill", "-9", "--", "-" + pid).inheritIO().start().waitFor();
        new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor();
        System.out.printf(Locale.ROOT, "Import %s running on %s; %d of %d clients' sessions on it; clock moved to %s on"
                + " both nodes; %s killed (kill -9) %.1f s into the run%n", job, victim, onVictim, CLIENTS, due, victim,
                (killedAt - start) / 1000.0);
        sweeps.forEach(CompletableFuture::join);

        String status = api.waitFor(job, Duration.ofMinutes(10));
        Thread.sleep(10_000);
        running.set(false);
        loops.forEach(CompletableFuture::join);
        // One more sweep on the survivor, as its schedule would run: catches up with what the killed node left.
        int survivor = victim.equals("node1") ? NODES[1] : NODES[0];
        new Api(URI.create("http://localhost:" + survivor + "/pathway/")).send("PUT", "api/v1/clock",
                "application/json", "{\"now\": \"" + due + "\"}", "it-admin");

        // --- figures
        long failoverEnd = killedAt;
        int lostSessions = 0;
        for (Client client : clients) {
            long firstOkAfter = results.stream().filter(r -> r.client() == client.id && r.sentAtMs() >= killedAt - start
                    && r.ok()).mapToLong(r -> start + r.sentAtMs() + r.tookMs()).min().orElse(Long.MAX_VALUE);
            failoverEnd = Math.max(failoverEnd, firstOkAfter);
            if (results.stream().anyMatch(r -> r.client() == client.id && r.signedOut())) {
                lostSessions++;
            }
        }
        long windowEnd = failoverEnd;
        long total = results.size();
        long failed = results.stream().filter(r -> !r.ok()).count();
        long failedAfter = results.stream().filter(r -> !r.ok() && start + r.sentAtMs() > windowEnd).count();
        double failover = failoverEnd == Long.MAX_VALUE ? Double.NaN : (failoverEnd - killedAt) / 1000.0;
        long marks = count(MARKS) - marksBefore;
        long fired = count("select count(*) from deadline where status = 'FIRED' and subject_type = 'case'"
                + " and subject_id in " + caseIds);
        String ours = "select id from deadline where subject_type = 'case' and subject_id in " + caseIds;
        long tasks = count("select count(*) from task t join deadline d on d.id = t.deadline_id and d.kind = t.kind"
                + " where d.id in (" + ours + ")");
        long mails = count("select count(*) from mail_outbox m join deadline d on m.subject = 'Due: ' || d.title"
                + " where d.id in (" + ours + ")");
        long notOnce = count("select count(*) from deadline d where d.id in (" + ours + ") and ((select count(*) from"
                + " task t where t.deadline_id = d.id and t.kind = d.kind) <> 1 or (select count(*) from mail_outbox m"
                + " where m.subject = 'Due: ' || d.title) <> 1)");
        System.out.println();
        Targets targets = new Targets();
        Targets.header();
        targets.row("requests by 20 clients through the balancer (screens and API)", String.format(Locale.ROOT,
                "%,d, of which %d failed", total, failed));
        targets.row("requests failed after the failover window", String.valueOf(failedAfter), "0", failedAfter == 0);
        targets.row("failover time (kill to every client served again)", String.format(Locale.ROOT, "%.1f s",
                failover), "a few seconds", failover <= 30);
        targets.row("sessions lost (signed out after the kill)", lostSessions + " of " + CLIENTS + " (" + onVictim
                + " were on " + victim + ")", "0", lostSessions == 0);
        targets.row("import started before the kill", String.format(Locale.ROOT, "%s, %,d of %,d marks", status,
                marks, county.marks()), "COMPLETED, exactly once", status.equals("COMPLETED") && marks == county.marks());
        targets.row("deadlines due during the run, fired", fired + " of " + deadlines, "all", fired == deadlines);
        targets.row("their tasks and e-mails", tasks + " tasks, " + mails + " e-mails; deadlines without exactly one"
                + " of each: " + notOnce, "one each", notOnce == 0 && tasks == fired && mails == fired);
        targets.row("a write on node 1 read on node 2 (shared cache off)", freshRead ? "read as written" : "stale",
                "read as written", written == 200 && freshRead);
        targets.row("a stale write on node 2 (version read before node 1's write)", "HTTP " + staleWrite, "409",
                staleWrite == 409);
        return targets.allMet();
    }

    /** A pupil's correction as PUT /pupils/{upn} takes it: what was read, another surname, the version read. */
    static String correction(String pupil, String surname) {
        StringBuilder json = new StringBuilder("{\"surname\": \"" + surname + "\"");
        for (String name : List.of("forename", "dateOfBirth", "yearGroup", "gender", "postcode", "sen", "socialWorker")) {
            Matcher value = Pattern.compile("\"" + name + "\":(null|\"[^\"]*\")").matcher(pupil);
            json.append(", \"").append(name).append("\": ").append(value.find() ? value.group(1) : "null");
        }
        for (String name : List.of("childInCare", "childProtectionPlan", "childInNeed", "youngCarer", "freeSchoolMeals",
                "englishAdditionalLanguage")) {
            json.append(", \"").append(name).append("\": ").append(pupil.contains("\"" + name + "\":true"));
        }
        return json.append(", \"version\": ").append(field(pupil, "version")).append('}').toString();
    }

    /** One signed-in person: a screen session (form login, its cookie) and API calls with their password. */
    static final class Client {
        final int id;
        final String user;
        final CookieManager cookies = new CookieManager();
        final HttpClient http;

        Client(int id, String user) {
            this.id = id;
            this.user = user;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        String home() {
            return user.equals("sas-manager") ? "manager/home.xhtml" : "officer/home.xhtml";
        }

        void signIn() throws Exception {
            for (int attempt = 1; ; attempt++) {
                try {
                    signInOnce();
                    return;
                } catch (IllegalStateException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                    System.out.println("Sign-in of client " + id + " tried again: " + e.getMessage());
                    Thread.sleep(1_000);
                }
            }
        }

        void signInOnce() throws Exception {
            URI base = URI.create("http://localhost:" + BALANCER + "/pathway/");
            get(base.resolve(home()));
            HttpResponse<String> signed = http.send(HttpRequest.newBuilder(base.resolve("j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                            + "&j_password=" + URLEncoder.encode(user, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> page = get(base.resolve(home()));
            if (page.statusCode() != 200 || signedOut(page)) {
                throw new IllegalStateException("Client " + id + " (" + user + ") not signed in: " + signed.statusCode()
                        + " then " + page.statusCode());
            }
        }

        /** The node of the session, from the route in its cookie (JSESSIONID=….node1). */
        String node() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("?");
        }

        HttpResponse<String> get(URI uri) throws Exception {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void loop(AtomicBoolean running, ConcurrentLinkedQueue<Result> results, long start) {
            URI base = URI.create("http://localhost:" + BALANCER + "/pathway/");
            int n = 0;
            while (running.get()) {
                boolean screen = n++ % 2 == 0;
                long sent = System.currentTimeMillis();
                boolean ok = false;
                boolean out = false;
                try {
                    HttpResponse<String> answer;
                    if (screen) {
                        answer = get(base.resolve(home()));
                        out = signedOut(answer);
                    } else {
                        answer = http.send(HttpRequest.newBuilder(base.resolve("api/v1/tasks"))
                                .timeout(Duration.ofSeconds(30)).header("Authorization", CountyBenchmark.basic(user))
                                .GET().build(), HttpResponse.BodyHandlers.ofString());
                    }
                    ok = answer.statusCode() == 200 && !out;
                } catch (Exception e) {
                    ok = false;
                }
                long took = System.currentTimeMillis() - sent;
                results.add(new Result(id, sent - start, took, ok, out, screen ? "screen" : "api"));
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** The login page, or a redirect to it, instead of the page: the session is gone. */
        static boolean signedOut(HttpResponse<String> answer) {
            return answer.body().contains("j_security_check") || (answer.statusCode() == 302
                    && answer.headers().firstValue("Location").orElse("").contains("login"));
        }
    }

    /** The API with basic authentication, through one address. */
    record Api(URI base) {
        static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> send(String method, String path, String type, String body, String user) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", CountyBenchmark.basic(user)).method(method, body == null
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        String submit(String kind, Path file) throws Exception {
            HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/imports/" + kind))
                    .header("Authorization", CountyBenchmark.basic("it-admin")).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            CountyBenchmark.check(accepted, 202, "import of " + kind);
            return field(accepted.body(), "jobId");
        }

        void importFile(String kind, String csv) throws Exception {
            Path file = Files.createTempFile("pathway-cluster-" + kind, ".csv");
            try {
                Files.writeString(file, csv);
                String job = submit(kind, file);
                String status = waitFor(job, Duration.ofMinutes(5));
                if (!status.equals("COMPLETED")) {
                    throw new IllegalStateException("Import of " + kind + " ended " + status);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }

        String waitFor(String job, Duration limit) throws Exception {
            long until = System.currentTimeMillis() + limit.toMillis();
            while (System.currentTimeMillis() < until) {
                try {
                    String status = field(send("GET", "api/v1/imports/" + job, null, null, "it-admin").body(), "status");
                    if (status.equals("COMPLETED") || status.equals("FAILED")) {
                        return status;
                    }
                } catch (Exception e) {
                    // the node that answered is being killed: ask again
                }
                Thread.sleep(500);
            }
            return "NOT FINISHED after " + limit.toMinutes() + " min";
        }
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return value.find() ? value.group(1) : "";
    }

    private static long count(String sql) throws Exception {
        String value = scalar(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String scalar(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static void run(Path root, List<String> command, String clusterOptions) throws Exception {
        ProcessBuilder process = new ProcessBuilder(command).directory(root.toFile()).inheritIO();
        process.environment().put("PATHWAY_CLUSTER_OPTS", clusterOptions);
        process.environment().put("PATHWAY_CLUSTER_SCHEMA", SCHEMA);
        int exit = process.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
        }
    }
}

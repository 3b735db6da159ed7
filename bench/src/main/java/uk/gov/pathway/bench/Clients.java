package uk.gov.pathway.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Clients calling the server at once, and the latencies they saw. */
final class Clients {

    /** One call of one client: its number and the call's number (from 0, the warm-up calls first). */
    @FunctionalInterface
    interface Call {
        void run(int client, int call) throws Exception;
    }

    private Clients() {
    }

    /**
     * {@code clients} clients at once, each making the call for {@code warmUp} (the same load as measured, untimed) and
     * then {@code calls} timed ones; answers {p50, p95} of the timed calls in ms. The warm-up is a time, not a number
     * of calls: on two cores a freshly started server's compiler holds one core for minutes as a path gets hot, and
     * a council's server has long compiled the pages it serves all day.
     */
    static double[] p50p95(int clients, java.time.Duration warmUp, int calls, Call call) throws Exception {
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    List<Double> times = new ArrayList<>();
                    int i = 0;
                    while (System.nanoTime() < warmUntil) {
                        call.run(client, i++);
                    }
                    for (int timed = 0; timed < calls; timed++) {
                        long t = System.nanoTime();
                        call.run(client, i++);
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> result : results) {
                all.addAll(result.get());
            }
            Collections.sort(all);
            return new double[]{all.get(all.size() / 2), all.get((int) Math.ceil(all.size() * 0.95) - 1)};
        } finally {
            pool.shutdown();
        }
    }
}

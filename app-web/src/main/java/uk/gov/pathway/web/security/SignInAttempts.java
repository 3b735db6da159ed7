package uk.gov.pathway.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per user name, in memory: after {@value #LIMIT} failures within 15 minutes a user name is refused
 * until the oldest of them is 15 minutes old, whatever password comes. A success clears the count. Kept per server
 * (a cluster's nodes count apart); a restart forgets.
 */
final class SignInAttempts {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many user names, those whose failures have all expired are forgotten. */
    private static final int KEEP = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** How long the user name is still refused, if it is. */
    Optional<Duration> refusedFor(String userName, Instant now) {
        Deque<Instant> times = failures.get(key(userName));
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            expire(times, now);
            if (times.size() < LIMIT) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    void failed(String userName, Instant now) {
        if (failures.size() > KEEP) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    expire(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key(userName), k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
            while (times.size() > LIMIT) {
                times.removeFirst();
            }
        }
    }

    void succeeded(String userName) {
        failures.remove(key(userName));
    }

    private static void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String userName) {
        return userName.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

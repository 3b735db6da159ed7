package uk.gov.pathway.kernel.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often the outbox tries an e-mail that did not go: the first time at once, then after 5 minutes, and three times
 * as long after each failure again, at most 12 hours apart; after {@code maxAttempts} tries (8 by default, about a day
 * and a half) it gives up and the message is FAILED, shown to the administrator. A local choice, not a rule of law.
 *
 * @param maxAttempts {@code pathway.mail.max-attempts}, at least 1
 */
public record MailRetry(int maxAttempts) {

    public static final String MAX_ATTEMPTS = "pathway.mail.max-attempts";
    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    static final Duration FIRST_DELAY = Duration.ofMinutes(5);
    static final Duration LONGEST_DELAY = Duration.ofHours(12);

    public MailRetry {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(MAX_ATTEMPTS + " must be at least 1; got " + maxAttempts);
        }
    }

    /** How long to wait after the given number of failed attempts (1 or more) before the next one. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY;
        for (int i = 1; i < failedAttempts && delay.compareTo(LONGEST_DELAY) < 0; i++) {
            delay = delay.multipliedBy(3);
        }
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** When to try next after this many failed attempts, the last one at {@code now}; empty once it is given up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failedAttempts)));
    }
}

package uk.gov.pathway.kernel.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailRetryTest {

    private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    @Test
    void aFailedMessageIsTriedAfterFiveMinutesThenThreeTimesAsLongEachTimeAtMostTwelveHoursApart() {
        MailRetry retry = new MailRetry(8);
        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(15));
        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofMinutes(45));
        assertThat(retry.delayAfter(4)).isEqualTo(Duration.ofMinutes(135));
        assertThat(retry.delayAfter(5)).isEqualTo(Duration.ofMinutes(405));
        assertThat(retry.delayAfter(6)).isEqualTo(Duration.ofHours(12));
        assertThat(retry.delayAfter(7)).isEqualTo(Duration.ofHours(12));
        assertThat(retry.delayAfter(1000)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void afterTheLastAllowedAttemptThereIsNoNextOne() {
        MailRetry retry = new MailRetry(3);
        assertThat(retry.nextAttempt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(retry.nextAttempt(2, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
        assertThat(retry.nextAttempt(3, NOW)).isEmpty();
        assertThat(retry.nextAttempt(4, NOW)).isEmpty();
    }

    @Test
    void theDefaultGivesUpAfterEightAttemptsAboutADayAndAHalfAfterTheFirst() {
        MailRetry retry = new MailRetry(MailRetry.DEFAULT_MAX_ATTEMPTS);
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < MailRetry.DEFAULT_MAX_ATTEMPTS; failed++) {
            total = total.plus(retry.delayAfter(failed));
        }
        assertThat(total).isBetween(Duration.ofHours(30), Duration.ofHours(40));
        assertThat(retry.nextAttempt(8, NOW)).isEmpty();
    }

    @Test
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> new MailRetry(0)).hasMessageContaining(MailRetry.MAX_ATTEMPTS);
    }
}

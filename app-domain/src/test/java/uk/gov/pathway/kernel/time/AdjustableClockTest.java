package uk.gov.pathway.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private static final Clock REAL = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void itReadsRealTimePlusItsOffsetInEngland() {
        AdjustableClock clock = new AdjustableClock(REAL, SystemClock.LONDON);
        assertThat(clock.instant()).isEqualTo(REAL.instant());
        clock.setOffset(Duration.between(REAL.instant(), Instant.parse("2026-01-05T09:00:00Z")));
        assertThat(clock.instant()).isEqualTo("2026-01-05T09:00:00Z");
        assertThat(clock.getZone()).isEqualTo(SystemClock.LONDON);
    }

    @Test
    void everyCopyInAnotherZoneMovesWithIt() {
        AdjustableClock clock = new AdjustableClock(REAL, SystemClock.LONDON);
        Clock utc = clock.withZone(ZoneOffset.UTC);
        clock.setOffset(Duration.ofDays(-30));
        assertThat(utc.instant()).isEqualTo("2026-10-24T10:00:00Z");
    }

    @Test
    void todayIsTheDateInEnglandNotOnTheServer() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (British Summer Time)
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(SystemClock.today(lateEvening)).isEqualTo(LocalDate.of(2026, 7, 1));
        Clock winter = Clock.fixed(Instant.parse("2026-01-05T23:30:00Z"), ZoneOffset.UTC);
        assertThat(SystemClock.today(winter)).isEqualTo(LocalDate.of(2026, 1, 5));
    }
}

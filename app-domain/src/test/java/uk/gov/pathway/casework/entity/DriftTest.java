package uk.gov.pathway.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.calendar.SchoolDays;

class DriftTest {

    /** Weekdays are school days except the half-term week of 26 to 30 October 2026. */
    private static final Set<LocalDate> HALF_TERM = Set.of(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 27),
            LocalDate.of(2026, 10, 28), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 10, 30));
    private static final SchoolDays DAYS = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY && !HALF_TERM.contains(day);

    @Test
    void workRecordedTodayLeavesNoSchoolDaysWithoutActivity() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(Drift.schoolDaysSince(today, today, DAYS)).isZero();
    }

    @Test
    void aWeekendDoesNotCount() {
        assertThat(Drift.schoolDaysSince(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23), DAYS)).isEqualTo(1);
    }

    @Test
    void aHalfTermWeekDoesNotMakeACaseDrift() {
        // Last work on Friday 23 October; Monday 9 November is the sixth school day after it, not the eleventh.
        int since = Drift.schoolDaysSince(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 9), DAYS);
        assertThat(since).isEqualTo(6);
        assertThat(Drift.drifting(since, 10)).isFalse();
    }

    @Test
    void tenSchoolDaysWithoutWorkIsDrift() {
        int since = Drift.schoolDaysSince(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 20), DAYS);
        assertThat(since).isEqualTo(10);
        assertThat(Drift.drifting(since, 10)).isTrue();
        assertThat(Drift.drifting(9, 10)).isFalse();
    }
}

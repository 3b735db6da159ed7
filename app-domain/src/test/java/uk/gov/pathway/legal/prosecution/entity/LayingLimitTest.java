package uk.gov.pathway.legal.prosecution.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.fixtures.FictionalCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;

/** The six months for laying the information (MCA 1980 s127) and the warning 20 school days before. */
class LayingLimitTest {

    private static final SchoolTimeline TIMELINE = SchoolTimeline.ofCouncil(
            SchoolCalendar.of(FictionalCalendar.year(2025), FictionalCalendar.year(2026)));

    @Test
    void sixMonthsFromTheLastDayCharged() {
        assertThat(LayingLimit.layBy(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(LayingLimit.layBy(LocalDate.of(2026, 8, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
        LayingLimit limit = LayingLimit.of(LocalDate.of(2026, 6, 19), TIMELINE);
        assertThat(limit.inTime(LocalDate.of(2026, 12, 19))).isTrue();
        assertThat(limit.inTime(LocalDate.of(2026, 12, 20))).isFalse();
    }

    @Test
    void theWarningComesTwentySchoolDaysBefore() {
        LayingLimit limit = LayingLimit.of(LocalDate.of(2026, 6, 19), TIMELINE);
        assertThat(limit.layBy()).isEqualTo(LocalDate.of(2026, 12, 19));
        assertThat(limit.warnOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(TIMELINE.schoolDaysBetween(limit.warnOn().minusDays(1), limit.layBy())).isEqualTo(20);
    }

    @Test
    void holidaysAreNotCountedInTheWarning() {
        // limit in the October half term: the 20 school days are before it
        LayingLimit limit = LayingLimit.of(LocalDate.of(2026, 4, 30), TIMELINE);
        assertThat(limit.layBy()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(limit.warnOn()).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void aLimitBeyondTheCalendarIsRefusedByName() {
        assertThatThrownBy(() -> LayingLimit.of(LocalDate.of(2027, 6, 1), TIMELINE))
                .hasMessageContaining("configure the next academic year");
    }
}

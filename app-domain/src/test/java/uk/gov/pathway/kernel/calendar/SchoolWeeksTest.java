package uk.gov.pathway.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.pathway.kernel.calendar.TestCalendars.COUNCIL;
import static uk.gov.pathway.kernel.calendar.TestCalendars.FIRST_DAY;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolWeeksTest {

    private static final SchoolDays COUNCIL_SCHOOL = TestCalendars.councilSchool();

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-10-20", "2025-10-22", "2025-10-26"})
    void aWeekStartsOnItsMonday(String day) {
        assertThat(SchoolWeeks.weekStart(date(day))).isEqualTo(date("2025-10-20"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-10-28", "2025-02-17", "2025-10-27", "2026-02-16", "2026-05-25"})
    void halfTermWeeksAreNotSchoolWeeks(String monday) {
        assertThat(SchoolWeeks.isSchoolWeek(date(monday), COUNCIL_SCHOOL)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-28", "2025-08-04", "2025-08-25", "2024-12-23", "2024-12-30"})
    void summerAndChristmasHolidayWeeksAreNotSchoolWeeks(String monday) {
        assertThat(SchoolWeeks.isSchoolWeek(date(monday), COUNCIL_SCHOOL)).isFalse();
    }

    @Test
    void aWeekWithOneInsetDayAndFourTermDaysIsASchoolWeek() {
        assertThat(COUNCIL_SCHOOL.isSessionDay(date("2025-01-06"))).isFalse();
        assertThat(SchoolWeeks.isSchoolWeek(date("2025-01-06"), COUNCIL_SCHOOL)).isTrue();
        assertThat(SchoolWeeks.isSchoolWeek(date("2024-09-02"), COUNCIL_SCHOOL)).isTrue();
    }

    @Test
    void aWeekWithTermOnlyOnTuesdayIsASchoolWeek() {
        // Summer 2 2025 ends on Tuesday 22 July
        assertThat(SchoolWeeks.isSchoolWeek(date("2025-07-21"), COUNCIL_SCHOOL)).isTrue();
    }

    @Test
    void aSchoolClosedForAWholeWeekHasNoSchoolWeekThen() {
        Set<LocalDate> closedWeek = Stream.iterate(date("2025-09-08"), day -> day.plusDays(1)).limit(5)
                .collect(Collectors.toSet());
        SchoolDays closedSchool = COUNCIL.forSchool(new SchoolDayExceptions(closedWeek, Set.of()));
        assertThat(SchoolWeeks.isSchoolWeek(date("2025-09-08"), COUNCIL_SCHOOL)).isTrue();
        assertThat(SchoolWeeks.isSchoolWeek(date("2025-09-08"), closedSchool)).isFalse();
        assertThat(SchoolWeeks.lastSchoolWeeks(date("2025-09-19"), 3, closedSchool, FIRST_DAY))
                .containsExactly(date("2025-07-21"), date("2025-09-01"), date("2025-09-15"));
    }

    @Test
    void theLastTenSchoolWeeksSkipTheOctoberHalfTerm() {
        assertThat(SchoolWeeks.lastSchoolWeeks(date("2025-11-21"), 10, COUNCIL_SCHOOL, FIRST_DAY)).containsExactly(
                date("2025-09-08"), date("2025-09-15"), date("2025-09-22"), date("2025-09-29"), date("2025-10-06"),
                date("2025-10-13"), date("2025-10-20"), date("2025-11-03"), date("2025-11-10"), date("2025-11-17"));
    }

    @Test
    void theLastSchoolWeeksSpanTheSummerHoliday() {
        assertThat(SchoolWeeks.lastSchoolWeeks(date("2025-09-10"), 4, COUNCIL_SCHOOL, FIRST_DAY)).containsExactly(
                date("2025-07-14"), date("2025-07-21"), date("2025-09-01"), date("2025-09-08"));
    }

    @Test
    void aWeekWithoutSessionsIsLeftOutEvenWhenItContainsTheDate() {
        assertThat(SchoolWeeks.lastSchoolWeeks(date("2025-10-29"), 2, COUNCIL_SCHOOL, FIRST_DAY))
                .containsExactly(date("2025-10-13"), date("2025-10-20"));
    }

    @Test
    void theWeeksStopAtTheFirstConfiguredAcademicYear() {
        assertThat(SchoolWeeks.lastSchoolWeeks(date("2024-09-20"), 10, COUNCIL_SCHOOL, FIRST_DAY))
                .containsExactly(date("2024-09-02"), date("2024-09-09"), date("2024-09-16"));
        assertThat(SchoolWeeks.lastSchoolWeeks(date("2024-08-30"), 10, COUNCIL_SCHOOL, FIRST_DAY)).isEmpty();
    }

    @Test
    void aSchoolWeekIsNamedByItsMonday() {
        assertThatThrownBy(() -> SchoolWeeks.isSchoolWeek(date("2025-09-09"), COUNCIL_SCHOOL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A school week starts on a Monday; got 2025-09-09 (TUESDAY)");
        assertThatThrownBy(() -> SchoolWeeks.lastSchoolWeeks(date("2025-09-09"), 0, COUNCIL_SCHOOL, FIRST_DAY))
                .hasMessage("count must be at least 1; got 0");
    }
}

package uk.gov.pathway.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolTimelineTest {

    private static final SchoolTimeline COUNCIL = SchoolTimeline.ofCouncil(TestCalendars.COUNCIL);

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void threeSchoolWeeksAfterAWednesdayBeforeTheOctoberHalfTermIsTheWednesdayAfterIt() {
        assertThat(COUNCIL.afterSchoolWeeks(date("2025-10-08"), 3)).isEqualTo(date("2025-11-05"));
    }

    @Test
    void sixSchoolWeeksSkipTheHalfTermWeek() {
        assertThat(COUNCIL.afterSchoolWeeks(date("2025-10-13"), 6)).isEqualTo(date("2025-12-01"));
    }

    @Test
    void schoolWeeksSkipBothChristmasHolidayWeeks() {
        assertThat(COUNCIL.afterSchoolWeeks(date("2025-12-10"), 2)).isEqualTo(date("2026-01-07"));
    }

    @ParameterizedTest(name = "{0} + {1} school weeks = {2}")
    @CsvSource({
            // the Monday of the week landed in is an INSET day: the next school day of that week
            "2024-12-16, 1, 2025-01-07",
            // a bank holiday Monday: the Tuesday
            "2026-04-27, 1, 2026-05-05",
            // from a Saturday: the last school day of the week landed in
            "2025-10-18, 1, 2025-10-24",
            // the last week of the summer term has school on Monday and Tuesday only
            "2026-07-09, 2, 2026-07-21"})
    void aDueDateFallsOnASchoolDayOfTheSchoolWeekItLandsIn(String from, int weeks, String due) {
        assertThat(COUNCIL.afterSchoolWeeks(date(from), weeks)).isEqualTo(date(due));
        assertThat(COUNCIL.isSchoolDay(date(due))).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1} school days = {2}")
    @CsvSource({
            "2025-10-23, 3, 2025-11-04",
            "2025-12-19, 1, 2026-01-05",
            "2026-05-01, 1, 2026-05-05",
            "2025-10-20, 10, 2025-11-10",
            "2024-12-20, 1, 2025-01-07"})
    void schoolDaysSkipWeekendsHolidaysBankHolidaysAndInsetDays(String from, int days, String due) {
        assertThat(COUNCIL.afterSchoolDays(date(from), days)).isEqualTo(date(due));
    }

    @Test
    void schoolDaysBetweenCountAfterTheFirstDateUpToAndIncludingTheSecond() {
        assertThat(COUNCIL.schoolDaysBetween(date("2025-10-20"), date("2025-11-07"))).isEqualTo(9);
        assertThat(COUNCIL.schoolDaysBetween(date("2025-12-19"), date("2026-01-04"))).isZero();
        assertThat(COUNCIL.schoolDaysBetween(date("2025-11-07"), date("2025-10-20"))).isZero();
    }

    @ParameterizedTest(name = "the half term of {0} ends {1}")
    @CsvSource({
            "2025-10-08, 2025-10-24",
            "2025-10-24, 2025-10-24",
            // in the October half term holiday: the next half term
            "2025-10-29, 2025-12-19",
            // at Christmas: Spring 1
            "2025-12-29, 2026-02-13",
            "2026-05-01, 2026-05-22",
            "2026-05-27, 2026-07-21",
            // in the summer holiday: the first half term of the next academic year
            "2025-08-01, 2025-10-24",
            "2025-03-10, 2025-04-04"})
    void theEndOfAHalfTermIsItsLastSchoolDay(String date, String end) {
        assertThat(COUNCIL.endOfHalfTerm(date(date))).isEqualTo(date(end));
    }

    @Test
    void aSchoolClosedOnTheLastFridayEndsItsHalfTermOnTheThursday() {
        SchoolTimeline school = new SchoolTimeline(TestCalendars.COUNCIL,
                new SchoolDayExceptions(Set.of(date("2025-10-24")), Set.of()));
        assertThat(school.endOfHalfTerm(date("2025-10-08"))).isEqualTo(date("2025-10-23"));
        assertThat(school.endOfHalfTerm(date("2025-10-24"))).isEqualTo(date("2025-12-19"));
    }

    @Test
    void countingPastTheLastConfiguredAcademicYearIsRefusedWithWhatToConfigure() {
        assertThatThrownBy(() -> COUNCIL.afterSchoolWeeks(date("2026-07-10"), 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot count 6 school weeks after 2026-07-10: the council's school calendar ends on"
                        + " 2026-08-31; configure the next academic year");
        assertThatThrownBy(() -> COUNCIL.endOfHalfTerm(date("2026-07-22")))
                .hasMessage("The council's school calendar has no half term on or after 2026-07-22 (it ends on"
                        + " 2026-08-31): configure the next academic year");
        assertThatThrownBy(() -> SchoolTimeline.ofCouncil(SchoolCalendar.of()).afterSchoolDays(date("2025-10-01"), 1))
                .hasMessageContaining("has no academic year");
    }

    @ParameterizedTest
    @CsvSource({
            // the day itself is not counted: the 5th school day before Friday 24 October is Friday 17 October
            "2025-10-24, 5, 2025-10-17",
            // the October half term (27 to 31 October) is not counted
            "2025-11-07, 10, 2025-10-17",
            "2025-11-03, 1, 2025-10-24"})
    void schoolDaysBeforeADateCountBackOverHolidays(String date, int days, String day) {
        assertThat(COUNCIL.beforeSchoolDays(date(date), days)).isEqualTo(date(day));
        assertThat(COUNCIL.schoolDaysBetween(date(day).minusDays(1), date(date).minusDays(1))).isEqualTo(days);
    }

    @Test
    void countingBackFromADateBeyondTheCalendarIsRefusedWithWhatToConfigure() {
        // the summer after the last configured year would be counted as holidays: refused, not guessed
        assertThatThrownBy(() -> COUNCIL.beforeSchoolDays(date("2026-09-30"), 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("configure the next academic year");
        assertThatThrownBy(() -> COUNCIL.beforeSchoolDays(date("2024-09-10"), 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsStartAtOne() {
        assertThatThrownBy(() -> COUNCIL.afterSchoolWeeks(date("2025-10-08"), 0))
                .hasMessage("A number of school weeks must be at least 1; got 0");
        assertThatThrownBy(() -> COUNCIL.afterSchoolDays(date("2025-10-08"), -2))
                .hasMessage("A number of school days must be at least 1; got -2");
    }
}

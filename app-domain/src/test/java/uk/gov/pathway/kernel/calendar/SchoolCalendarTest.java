package uk.gov.pathway.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.pathway.kernel.calendar.TestCalendars.COUNCIL;
import static uk.gov.pathway.kernel.calendar.TestCalendars.YEAR_2024_25;
import static uk.gov.pathway.kernel.calendar.TestCalendars.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    @Test
    void eachDateBelongsToTheAcademicYearThatContainsIt() {
        assertThat(COUNCIL.academicYearOf(LocalDate.of(2025, 8, 31))).contains(YEAR_2024_25);
        assertThat(COUNCIL.academicYearOf(LocalDate.of(2025, 9, 1))).contains(YEAR_2025_26);
        assertThat(COUNCIL.academicYearOf(LocalDate.of(2024, 9, 1))).isEmpty();
    }

    @Test
    void onlyDatesInsideAnAcademicYearAreConfigured() {
        assertThat(COUNCIL.isConfigured(TestCalendars.FIRST_DAY)).isTrue();
        assertThat(COUNCIL.isConfigured(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(COUNCIL.isConfigured(LocalDate.of(2024, 9, 1))).isFalse();
        assertThat(COUNCIL.isConfigured(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(COUNCIL.firstConfiguredDay()).contains(TestCalendars.FIRST_DAY);
        assertThat(SchoolCalendar.of().firstConfiguredDay()).isEmpty();
    }

    @Test
    void academicYearsAreKeptInDateOrder() {
        assertThat(SchoolCalendar.of(YEAR_2025_26, YEAR_2024_25).academicYears())
                .containsExactly(YEAR_2024_25, YEAR_2025_26);
        assertThat(SchoolCalendar.of(YEAR_2025_26, YEAR_2024_25)).isEqualTo(COUNCIL);
    }

    @Test
    void overlappingAcademicYearsAreRefused() {
        AcademicYear overlapping = new AcademicYear("2025/26 draft", LocalDate.of(2025, 8, 31),
                LocalDate.of(2026, 8, 31), YEAR_2025_26.periods(), Set.of(), Set.of());
        assertThatThrownBy(() -> SchoolCalendar.of(YEAR_2024_25, overlapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Academic year 2025/26 draft (from 2025-08-31) overlaps 2024/25 (to 2025-08-31)");
    }

    @Test
    void aSchoolKeepingTheCouncilCalendarHasSessionsOnTermTimeDaysOnly() {
        SchoolDays days = COUNCIL.forSchool(SchoolDayExceptions.NONE);
        assertThat(days.isSessionDay(LocalDate.of(2025, 9, 3))).isTrue();
        assertThat(days.isSessionDay(LocalDate.of(2025, 10, 27))).isFalse();
        assertThat(days.isSessionDay(LocalDate.of(2024, 9, 2))).isFalse();
        assertThat(days.isSessionDay(LocalDate.of(2026, 9, 7))).isFalse();
    }

    @Test
    void aSchoolsOwnClosuresAndOpenDaysOverrideTheCouncilCalendar() {
        LocalDate ownInset = LocalDate.of(2025, 9, 3);
        LocalDate openInHalfTerm = LocalDate.of(2025, 10, 27);
        SchoolDays days = COUNCIL.forSchool(new SchoolDayExceptions(Set.of(ownInset), Set.of(openInHalfTerm)));
        assertThat(days.isSessionDay(ownInset)).isFalse();
        assertThat(days.isSessionDay(openInHalfTerm)).isTrue();
        assertThat(days.isSessionDay(LocalDate.of(2025, 9, 4))).isTrue();
    }

    @Test
    void aDayCannotBeBothAnExtraClosureAndAnExtraOpenDay() {
        LocalDate day = LocalDate.of(2025, 9, 3);
        assertThatThrownBy(() -> new SchoolDayExceptions(Set.of(day), Set.of(day)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A day cannot be both an extra closure and an extra open day; got [2025-09-03]");
    }

    @Test
    void aSchoolNeedsExceptionsEvenIfThereAreNone() {
        assertThatThrownBy(() -> COUNCIL.forSchool(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SchoolDayExceptions.NONE");
        assertThat(new SchoolCalendar(List.of()).isConfigured(LocalDate.of(2025, 9, 3))).isFalse();
    }

    @Test
    void theAcademicYearStartsOnTheCalendarsFirstDayOrOnTheFirstOfSeptemberWhenTheYearIsNotConfigured() {
        assertThat(COUNCIL.academicYearStart(LocalDate.of(2025, 11, 3)))
                .isEqualTo(YEAR_2025_26.start());
        assertThat(COUNCIL.academicYearStart(LocalDate.of(2027, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(COUNCIL.academicYearStart(LocalDate.of(2027, 9, 1)))
                .isEqualTo(LocalDate.of(2027, 9, 1));
    }
}

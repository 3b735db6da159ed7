package uk.gov.pathway.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.pathway.kernel.calendar.TestCalendars.YEAR_2024_25;
import static uk.gov.pathway.kernel.calendar.TestCalendars.YEAR_2025_26;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcademicYearTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 8, 31);
    private static final TermPeriod AUTUMN_1 = new TermPeriod("Autumn 1", LocalDate.of(2025, 9, 3),
            LocalDate.of(2025, 10, 24));
    private static final TermPeriod AUTUMN_2 = new TermPeriod("Autumn 2", LocalDate.of(2025, 11, 3),
            LocalDate.of(2025, 12, 19));

    @ParameterizedTest(name = "{0} is a term-time day: {1}")
    @CsvSource({
        "2025-09-03, true",   // first day of Autumn 1, a Wednesday
        "2025-09-02, false",  // before term starts
        "2025-09-06, false",  // a Saturday in term
        "2025-09-07, false",  // a Sunday in term
        "2025-10-24, true",   // last day of Autumn 1
        "2025-10-27, false",  // October half term
        "2025-12-25, false",  // Christmas holidays, also a bank holiday
        "2026-04-03, false",  // Good Friday, in the Easter holidays
        "2026-05-04, false",  // early May bank holiday, in Summer 1
        "2026-05-05, true",
        "2026-07-22, false"   // summer holidays
    })
    void aTermTimeDayIsAWeekdayInAHalfTermThatIsNotABankHolidayOrClosure(LocalDate date, boolean termTime) {
        assertThat(YEAR_2025_26.isTermTimeDay(date)).isEqualTo(termTime);
    }

    @Test
    void anInsetDayIsNotATermTimeDay() {
        assertThat(YEAR_2024_25.isTermTimeDay(LocalDate.of(2024, 9, 2))).isFalse();
        assertThat(YEAR_2024_25.isTermTimeDay(LocalDate.of(2024, 9, 3))).isTrue();
        assertThat(YEAR_2024_25.isTermTimeDay(LocalDate.of(2025, 1, 6))).isFalse();
    }

    @Test
    void aDateIsFoundInItsHalfTermAndHolidaysAreInNone() {
        assertThat(YEAR_2025_26.periodContaining(LocalDate.of(2025, 11, 3))).map(TermPeriod::name).contains("Autumn 2");
        assertThat(YEAR_2025_26.periodContaining(LocalDate.of(2025, 10, 29))).isEmpty();
        assertThat(YEAR_2025_26.contains(START)).isTrue();
        assertThat(YEAR_2025_26.contains(END)).isTrue();
        assertThat(YEAR_2025_26.contains(END.plusDays(1))).isFalse();
    }

    @Test
    void theCollectionsCannotBeChangedAfterwards() {
        List<TermPeriod> periods = new ArrayList<>(List.of(AUTUMN_1));
        Set<LocalDate> closures = new HashSet<>(Set.of(LocalDate.of(2025, 9, 4)));
        AcademicYear year = new AcademicYear("2025/26", START, END, periods, Set.of(), closures);
        periods.add(AUTUMN_2);
        closures.clear();
        assertThat(year.periods()).containsExactly(AUTUMN_1);
        assertThat(year.isTermTimeDay(LocalDate.of(2025, 9, 4))).isFalse();
        assertThatThrownBy(() -> year.closureDays().add(START)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void halfTermsOutOfOrderOrOverlappingAreRefused() {
        assertThatThrownBy(() -> new AcademicYear("2025/26", START, END, List.of(AUTUMN_2, AUTUMN_1), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Term period Autumn 1 must start after Autumn 2 ends (2025-12-19); got 2025-09-03");
        TermPeriod overlapping = new TermPeriod("Autumn 2", LocalDate.of(2025, 10, 24), LocalDate.of(2025, 12, 19));
        assertThatThrownBy(() -> new AcademicYear("2025/26", START, END, List.of(AUTUMN_1, overlapping), Set.of(),
                Set.of()))
                .hasMessage("Term period Autumn 2 must start after Autumn 1 ends (2025-10-24); got 2025-10-24");
    }

    @Test
    void aHalfTermOutsideTheYearIsRefused() {
        TermPeriod early = new TermPeriod("Autumn 1", LocalDate.of(2025, 8, 28), LocalDate.of(2025, 10, 24));
        assertThatThrownBy(() -> new AcademicYear("2025/26", START, END, List.of(early), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Term period Autumn 1 (2025-08-28 to 2025-10-24) must lie inside academic year 2025/26"
                        + " (2025-09-01 to 2026-08-31)");
    }

    @Test
    void aYearThatEndsBeforeItStartsOrHasNoHalfTermsIsRefused() {
        assertThatThrownBy(() -> new AcademicYear("2025/26", END, START, List.of(AUTUMN_1), Set.of(), Set.of()))
                .hasMessage("Academic year 2025/26 must start on or before it ends; got 2026-08-31 to 2025-09-01");
        assertThatThrownBy(() -> new AcademicYear("2025/26", START, END, List.of(), Set.of(), Set.of()))
                .hasMessage("Academic year 2025/26 needs its term periods; got []");
        assertThatThrownBy(() -> new AcademicYear("", START, END, List.of(AUTUMN_1), Set.of(), Set.of()))
                .hasMessage("An academic year needs a label, for example '2025/26'; got ''");
    }

    @Test
    void aClosureDayOutsideTheYearIsRefusedButABankHolidayListMayRunOver() {
        assertThatThrownBy(() -> new AcademicYear("2025/26", START, END, List.of(AUTUMN_1), Set.of(),
                Set.of(LocalDate.of(2025, 8, 29))))
                .hasMessage("Closure day 2025-08-29 must lie inside academic year 2025/26 (2025-09-01 to 2026-08-31)");
        assertThat(new AcademicYear("2025/26", START, END, List.of(AUTUMN_1), Set.of(LocalDate.of(2025, 8, 25)),
                Set.of()).bankHolidays()).contains(LocalDate.of(2025, 8, 25));
    }
}

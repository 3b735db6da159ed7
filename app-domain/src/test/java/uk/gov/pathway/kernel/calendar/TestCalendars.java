package uk.gov.pathway.kernel.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A fictional council calendar for tests: 2024/25 and 2025/26 with English half terms and bank holidays, and INSET
 * days on 2 September 2024 and 6 January 2025.
 */
public final class TestCalendars {

    /** The first day of the first configured academic year: nothing earlier can be counted. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 9, 2);

    public static final AcademicYear YEAR_2024_25 = new AcademicYear("2024/25", FIRST_DAY, LocalDate.of(2025, 8, 31),
            List.of(
                    new TermPeriod("Autumn 1", LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 25)),
                    new TermPeriod("Autumn 2", LocalDate.of(2024, 11, 4), LocalDate.of(2024, 12, 20)),
                    new TermPeriod("Spring 1", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14)),
                    new TermPeriod("Spring 2", LocalDate.of(2025, 2, 24), LocalDate.of(2025, 4, 4)),
                    new TermPeriod("Summer 1", LocalDate.of(2025, 4, 22), LocalDate.of(2025, 5, 23)),
                    new TermPeriod("Summer 2", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 22))),
            Set.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26), LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
                    LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25)),
            Set.of(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 1, 6)));

    public static final AcademicYear YEAR_2025_26 = new AcademicYear("2025/26", LocalDate.of(2025, 9, 1),
            LocalDate.of(2026, 8, 31),
            List.of(
                    new TermPeriod("Autumn 1", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24)),
                    new TermPeriod("Autumn 2", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 19)),
                    new TermPeriod("Spring 1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 13)),
                    new TermPeriod("Spring 2", LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 27)),
                    new TermPeriod("Summer 1", LocalDate.of(2026, 4, 13), LocalDate.of(2026, 5, 22)),
                    new TermPeriod("Summer 2", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 21))),
            Set.of(LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                    LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25)),
            Set.of());

    public static final SchoolCalendar COUNCIL = SchoolCalendar.of(YEAR_2024_25, YEAR_2025_26);

    private TestCalendars() {
    }

    /** A school that keeps exactly the council's calendar. */
    public static SchoolDays councilSchool() {
        return COUNCIL.forSchool(SchoolDayExceptions.NONE);
    }
}

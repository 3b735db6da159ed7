package uk.gov.pathway.kernel.calendar;

import java.time.LocalDate;
import uk.gov.pathway.fixtures.FictionalCalendar;

/**
 * The fictional council's calendar ({@link FictionalCalendar}, the one the demo, the integration tests and the bench
 * use) as the unit tests count on it: 2024/25 and 2025/26, INSET days on 2 September 2024 and 6 January 2025.
 */
public final class TestCalendars {

    /** The first day of the first configured academic year: nothing earlier can be counted. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 9, 2);

    public static final AcademicYear YEAR_2024_25 = FictionalCalendar.year(2024);

    public static final AcademicYear YEAR_2025_26 = FictionalCalendar.year(2025);

    public static final SchoolCalendar COUNCIL = SchoolCalendar.of(YEAR_2024_25, YEAR_2025_26);

    private TestCalendars() {
    }

    /** A school that keeps exactly the council's calendar. */
    public static SchoolDays councilSchool() {
        return COUNCIL.forSchool(SchoolDayExceptions.NONE);
    }
}

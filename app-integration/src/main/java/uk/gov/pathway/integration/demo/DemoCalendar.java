package uk.gov.pathway.integration.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.TermPeriod;

/** The demo council's school calendar: the previous and the current academic year, with typical English term dates. */
final class DemoCalendar {

    private DemoCalendar() {
    }

    static List<AcademicYear> years() {
        return List.of(
                new AcademicYear("2025/26", d("2025-09-01"), d("2026-08-31"), List.of(
                        new TermPeriod("Autumn 1", d("2025-09-03"), d("2025-10-24")),
                        new TermPeriod("Autumn 2", d("2025-11-03"), d("2025-12-19")),
                        new TermPeriod("Spring 1", d("2026-01-05"), d("2026-02-13")),
                        new TermPeriod("Spring 2", d("2026-02-23"), d("2026-03-27")),
                        new TermPeriod("Summer 1", d("2026-04-13"), d("2026-05-22")),
                        new TermPeriod("Summer 2", d("2026-06-01"), d("2026-07-21"))),
                        Set.of(d("2025-12-25"), d("2025-12-26"), d("2026-01-01"), d("2026-04-03"), d("2026-04-06"),
                                d("2026-05-04"), d("2026-05-25"), d("2026-08-31")),
                        Set.of(d("2026-01-05"))),
                new AcademicYear("2026/27", d("2026-09-01"), d("2027-08-31"), List.of(
                        new TermPeriod("Autumn 1", d("2026-09-03"), d("2026-10-23")),
                        new TermPeriod("Autumn 2", d("2026-11-02"), d("2026-12-18")),
                        new TermPeriod("Spring 1", d("2027-01-04"), d("2027-02-12")),
                        new TermPeriod("Spring 2", d("2027-02-22"), d("2027-03-26")),
                        new TermPeriod("Summer 1", d("2027-04-12"), d("2027-05-28")),
                        new TermPeriod("Summer 2", d("2027-06-07"), d("2027-07-21"))),
                        Set.of(d("2026-12-25"), d("2026-12-28"), d("2027-01-01"), d("2027-03-26"), d("2027-03-29"),
                                d("2027-05-03"), d("2027-05-31"), d("2027-08-30")),
                        Set.of(d("2027-01-04"))));
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}

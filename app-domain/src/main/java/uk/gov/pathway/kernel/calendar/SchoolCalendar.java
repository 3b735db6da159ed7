package uk.gov.pathway.kernel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A council's school calendar: its academic years in order, none overlapping. */
public final class SchoolCalendar {

    private final List<AcademicYear> academicYears;

    public SchoolCalendar(List<AcademicYear> academicYears) {
        if (academicYears == null || academicYears.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A school calendar needs a list of academic years (it may be empty);"
                    + " got " + academicYears);
        }
        List<AcademicYear> sorted = new ArrayList<>(academicYears);
        sorted.sort(Comparator.comparing(AcademicYear::start));
        for (int i = 1; i < sorted.size(); i++) {
            AcademicYear previous = sorted.get(i - 1);
            AcademicYear next = sorted.get(i);
            if (!next.start().isAfter(previous.end())) {
                throw new IllegalArgumentException("Academic year " + next.label() + " (from " + next.start()
                        + ") overlaps " + previous.label() + " (to " + previous.end() + ")");
            }
        }
        this.academicYears = List.copyOf(sorted);
    }

    public static SchoolCalendar of(AcademicYear... academicYears) {
        return new SchoolCalendar(List.of(academicYears));
    }

    /** The academic years, earliest first. */
    public List<AcademicYear> academicYears() {
        return academicYears;
    }

    /** The first day of the earliest configured academic year: nothing before it can be counted. */
    public Optional<LocalDate> firstConfiguredDay() {
        return academicYears.stream().findFirst().map(AcademicYear::start);
    }

    public Optional<AcademicYear> academicYearOf(LocalDate date) {
        return academicYears.stream().filter(year -> year.contains(date)).findFirst();
    }

    /**
     * The first day of the academic year the date falls in: from the calendar, or 1 September when that year is not
     * configured yet (figures "this academic year" then still have a start).
     */
    public LocalDate academicYearStart(LocalDate date) {
        return academicYearOf(date).map(AcademicYear::start)
                .orElse(LocalDate.of(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1, 9, 1));
    }

    public boolean isConfigured(LocalDate date) {
        return academicYearOf(date).isPresent();
    }

    /** The council's term-time days, less the school's own closures, plus its extra open days. */
    public SchoolDays forSchool(SchoolDayExceptions exceptions) {
        if (exceptions == null) {
            throw new IllegalArgumentException("exceptions must be given; use SchoolDayExceptions.NONE for none");
        }
        return date -> {
            if (exceptions.extraClosures().contains(date)) {
                return false;
            }
            return exceptions.extraOpenDays().contains(date)
                    || academicYearOf(date).map(year -> year.isTermTimeDay(date)).orElse(false);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchoolCalendar calendar && academicYears.equals(calendar.academicYears);
    }

    @Override
    public int hashCode() {
        return academicYears.hashCode();
    }

    @Override
    public String toString() {
        return "SchoolCalendar" + academicYears.stream().map(AcademicYear::label).toList();
    }
}

package uk.gov.pathway.kernel.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One academic year of a council's calendar: its half terms in order, bank holidays and council-wide closure days.
 * A term-time day is a weekday inside a half term that is neither a bank holiday nor a closure day.
 */
public record AcademicYear(String label, LocalDate start, LocalDate end, List<TermPeriod> periods,
        Set<LocalDate> bankHolidays, Set<LocalDate> closureDays) implements Serializable {

    public AcademicYear {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("An academic year needs a label, for example '2025/26'; got '"
                    + (label == null ? "" : label) + "'");
        }
        if (start == null || end == null || start.isAfter(end)) {
            throw new IllegalArgumentException("Academic year " + label + " must start on or before it ends; got "
                    + start + " to " + end);
        }
        if (periods == null || periods.isEmpty() || periods.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Academic year " + label + " needs its term periods; got " + periods);
        }
        TermPeriod previous = null;
        for (TermPeriod period : periods) {
            if (period.start().isBefore(start) || period.end().isAfter(end)) {
                throw new IllegalArgumentException("Term period " + period.name() + " (" + period.start() + " to "
                        + period.end() + ") must lie inside academic year " + label + " (" + start + " to " + end + ")");
            }
            if (previous != null && !period.start().isAfter(previous.end())) {
                throw new IllegalArgumentException("Term period " + period.name() + " must start after "
                        + previous.name() + " ends (" + previous.end() + "); got " + period.start());
            }
            previous = period;
        }
        if (bankHolidays == null || bankHolidays.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Academic year " + label + " needs a set of bank holidays (it may be"
                    + " empty); got " + bankHolidays);
        }
        if (closureDays == null || closureDays.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Academic year " + label + " needs a set of closure days (it may be"
                    + " empty); got " + closureDays);
        }
        // Bank holidays are not checked against the year: councils paste the national list, which runs by calendar year.
        for (LocalDate closure : closureDays) {
            if (closure.isBefore(start) || closure.isAfter(end)) {
                throw new IllegalArgumentException("Closure day " + closure + " must lie inside academic year " + label
                        + " (" + start + " to " + end + ")");
            }
        }
        periods = List.copyOf(periods);
        bankHolidays = Set.copyOf(bankHolidays);
        closureDays = Set.copyOf(closureDays);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean isTermTimeDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && periodContaining(date).isPresent()
                && !bankHolidays.contains(date)
                && !closureDays.contains(date);
    }

    public Optional<TermPeriod> periodContaining(LocalDate date) {
        return periods.stream().filter(period -> period.contains(date)).findFirst();
    }
}

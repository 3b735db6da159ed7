package uk.gov.pathway.kernel.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Where one school's days differ from the council calendar: its own INSET days and closures, and extra open days. */
public record SchoolDayExceptions(Set<LocalDate> extraClosures, Set<LocalDate> extraOpenDays) {

    public static final SchoolDayExceptions NONE = new SchoolDayExceptions(Set.of(), Set.of());

    public SchoolDayExceptions {
        if (extraClosures == null || extraClosures.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("extraClosures must be a set of dates (it may be empty); got "
                    + extraClosures);
        }
        if (extraOpenDays == null || extraOpenDays.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("extraOpenDays must be a set of dates (it may be empty); got "
                    + extraOpenDays);
        }
        Set<LocalDate> both = new HashSet<>(extraClosures);
        both.retainAll(extraOpenDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("A day cannot be both an extra closure and an extra open day; got "
                    + new TreeSet<>(both));
        }
        extraClosures = Set.copyOf(extraClosures);
        extraOpenDays = Set.copyOf(extraOpenDays);
    }
}

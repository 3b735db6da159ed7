package uk.gov.pathway.kernel.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/** A half term in a council's calendar, for example "Autumn 1", from its first to its last day inclusive. */
public record TermPeriod(String name, LocalDate start, LocalDate end) implements Serializable {

    public TermPeriod {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A term period needs a name, for example 'Autumn 1'; got '"
                    + (name == null ? "" : name) + "'");
        }
        if (start == null || end == null) {
            throw new IllegalArgumentException("Term period " + name + " needs a start and an end; got " + start
                    + " to " + end);
        }
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("Term period " + name + " must not end before it starts; got " + start
                    + " to " + end);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}

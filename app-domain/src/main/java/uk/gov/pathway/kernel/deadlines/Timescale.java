package uk.gov.pathway.kernel.deadlines;

import java.time.LocalDate;
import java.util.Locale;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;

/**
 * How a due date follows from a start date, in school time: "N school weeks", "N school days" or "the end of the
 * current half term". Casework keeps one per pathway level (the numbers are configurable) and asks for the due date.
 * Written as text it reads "6 SCHOOL_WEEKS", "10 SCHOOL_DAYS" or "END_OF_HALF_TERM" ({@link #parse}, {@link #toString}).
 */
public record Timescale(Unit unit, int count) {

    public enum Unit { SCHOOL_WEEKS, SCHOOL_DAYS, END_OF_HALF_TERM }

    public Timescale {
        if (unit == null) {
            throw new IllegalArgumentException("A timescale needs a unit: SCHOOL_WEEKS, SCHOOL_DAYS or END_OF_HALF_TERM");
        }
        if (unit == Unit.END_OF_HALF_TERM ? count != 0 : count < 1) {
            throw new IllegalArgumentException(unit == Unit.END_OF_HALF_TERM
                    ? "The end of the half term takes no number; got " + count
                    : "A timescale in " + unit.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " needs a number of at least 1; got " + count);
        }
    }

    public static Timescale schoolWeeks(int weeks) {
        return new Timescale(Unit.SCHOOL_WEEKS, weeks);
    }

    public static Timescale schoolDays(int days) {
        return new Timescale(Unit.SCHOOL_DAYS, days);
    }

    public static Timescale endOfHalfTerm() {
        return new Timescale(Unit.END_OF_HALF_TERM, 0);
    }

    /** Reads "6 SCHOOL_WEEKS", "10 SCHOOL_DAYS" or "END_OF_HALF_TERM" (case and spaces free). */
    public static Timescale parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length == 1) {
            return new Timescale(unitOf(parts[0], text), 0);
        }
        if (parts.length == 2 && parts[0].matches("\\d{1,4}")) {
            return new Timescale(unitOf(parts[1], text), Integer.parseInt(parts[0]));
        }
        throw notATimescale(text);
    }

    private static Unit unitOf(String word, String text) {
        for (Unit unit : Unit.values()) {
            if (unit.name().equals(word)) {
                return unit;
            }
        }
        throw notATimescale(text);
    }

    private static IllegalArgumentException notATimescale(String text) {
        return new IllegalArgumentException("A timescale is written like '6 SCHOOL_WEEKS', '10 SCHOOL_DAYS' or"
                + " 'END_OF_HALF_TERM'; got '" + (text == null ? "" : text) + "'");
    }

    /** The due date for something that starts on {@code start}. */
    public LocalDate dueFrom(LocalDate start, SchoolTimeline timeline) {
        return switch (unit) {
            case SCHOOL_WEEKS -> timeline.afterSchoolWeeks(start, count);
            case SCHOOL_DAYS -> timeline.afterSchoolDays(start, count);
            case END_OF_HALF_TERM -> timeline.endOfHalfTerm(start);
        };
    }

    @Override
    public String toString() {
        return unit == Unit.END_OF_HALF_TERM ? unit.name() : count + " " + unit.name();
    }
}

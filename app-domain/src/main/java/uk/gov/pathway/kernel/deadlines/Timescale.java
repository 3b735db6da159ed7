package uk.gov.pathway.kernel.deadlines;

import java.time.LocalDate;
import java.util.Locale;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;

/**
 * How a due date follows from a start date, in school time: "N school weeks", "N school days", "the end of the
 * current half term", "the end of the N-th half term" or "N school days before". Casework keeps one per pathway level
 * (the numbers are configurable) and asks for the due date; a deadline waiting for next year's calendar keeps its
 * timescale as text: "6 SCHOOL_WEEKS", "10 SCHOOL_DAYS", "END_OF_HALF_TERM", "2 HALF_TERMS" or "20 SCHOOL_DAYS_BEFORE"
 * ({@link #parse}, {@link #toString}).
 */
public record Timescale(Unit unit, int count) {

    public enum Unit {
        SCHOOL_WEEKS, SCHOOL_DAYS, END_OF_HALF_TERM,
        /** The end of the half term the start falls in, then of the next, N times (a review every N half terms). */
        HALF_TERMS,
        /** The N-th school day before the start (a warning before a time limit runs out). */
        SCHOOL_DAYS_BEFORE
    }

    public Timescale {
        if (unit == null) {
            throw new IllegalArgumentException("A timescale needs a unit: SCHOOL_WEEKS, SCHOOL_DAYS, END_OF_HALF_TERM,"
                    + " HALF_TERMS or SCHOOL_DAYS_BEFORE");
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

    /** The end of the {@code halfTerms}-th half term, counting the one the start falls in as the first. */
    public static Timescale halfTerms(int halfTerms) {
        return new Timescale(Unit.HALF_TERMS, halfTerms);
    }

    /** The {@code days}-th school day before the start. */
    public static Timescale schoolDaysBefore(int days) {
        return new Timescale(Unit.SCHOOL_DAYS_BEFORE, days);
    }

    /** Reads "6 SCHOOL_WEEKS", "10 SCHOOL_DAYS", "END_OF_HALF_TERM", "2 HALF_TERMS" or "20 SCHOOL_DAYS_BEFORE". */
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
        return new IllegalArgumentException("A timescale is written like '6 SCHOOL_WEEKS', '10 SCHOOL_DAYS',"
                + " 'END_OF_HALF_TERM', '2 HALF_TERMS' or '20 SCHOOL_DAYS_BEFORE'; got '" + (text == null ? "" : text)
                + "'");
    }

    /** The due date for something that starts on {@code start}. */
    public LocalDate dueFrom(LocalDate start, SchoolTimeline timeline) {
        return switch (unit) {
            case SCHOOL_WEEKS -> timeline.afterSchoolWeeks(start, count);
            case SCHOOL_DAYS -> timeline.afterSchoolDays(start, count);
            case END_OF_HALF_TERM -> timeline.endOfHalfTerm(start);
            case HALF_TERMS -> {
                LocalDate due = timeline.endOfHalfTerm(start);
                for (int i = 1; i < count; i++) {
                    due = timeline.endOfHalfTerm(due.plusDays(1));
                }
                yield due;
            }
            case SCHOOL_DAYS_BEFORE -> timeline.beforeSchoolDays(start, count);
        };
    }

    @Override
    public String toString() {
        return unit == Unit.END_OF_HALF_TERM ? unit.name() : count + " " + unit.name();
    }
}

package uk.gov.pathway.casework.entity;

/**
 * How a level's review interval or maximum duration is counted on the school calendar: a number of school weeks or
 * school days, or to the end of the half term (amount 1: the current one; 2: the next one too).
 */
public record TimeRule(Unit unit, int amount) {

    public enum Unit { SCHOOL_WEEKS, SCHOOL_DAYS, HALF_TERM }

    public TimeRule {
        if (unit == null) {
            throw new IllegalArgumentException("A time rule needs a unit: SCHOOL_WEEKS, SCHOOL_DAYS or HALF_TERM");
        }
        if (amount < 1 || amount > 52) {
            throw new IllegalArgumentException("A time rule's amount must be 1 to 52; got " + amount);
        }
    }

    public static TimeRule schoolWeeks(int weeks) {
        return new TimeRule(Unit.SCHOOL_WEEKS, weeks);
    }

    public static TimeRule halfTerms(int halfTerms) {
        return new TimeRule(Unit.HALF_TERM, halfTerms);
    }

    /** The kernel's timescale that counts this rule: the due date of something that starts on a given day. */
    public uk.gov.pathway.kernel.deadlines.Timescale timescale() {
        return switch (unit) {
            case SCHOOL_WEEKS -> uk.gov.pathway.kernel.deadlines.Timescale.schoolWeeks(amount);
            case SCHOOL_DAYS -> uk.gov.pathway.kernel.deadlines.Timescale.schoolDays(amount);
            case HALF_TERM -> uk.gov.pathway.kernel.deadlines.Timescale.halfTerms(amount);
        };
    }

    @Override
    public String toString() {
        return switch (unit) {
            case SCHOOL_WEEKS -> amount + (amount == 1 ? " school week" : " school weeks");
            case SCHOOL_DAYS -> amount + (amount == 1 ? " school day" : " school days");
            case HALF_TERM -> amount == 1 ? "to the end of the half term" : "to the end of " + amount + " half terms";
        };
    }
}

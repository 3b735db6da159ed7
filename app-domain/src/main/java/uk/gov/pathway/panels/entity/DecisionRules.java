package uk.gov.pathway.panels.entity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each kind of decision must have recorded before a panel may take it (issue 11, RULES.md):
 * <ul>
 * <li>educational neglect: at least one of Knowsley's factors ticked, each with its evidence; the child's attendance,
 * computed from the marks, at or below 75%; every agency having tried every avenue;</li>
 * <li>prosecution: the s447 consideration of an Education Supervision Order recorded; the evidential test and the
 * public interest test each recorded, met, with reasons; an s444(1A) outcome names the parent, whose interview under
 * caution is recorded on the case on or before the day;</li>
 * <li>not in the public interest: the public interest test with its reasons;</li>
 * <li>a Fair Access place or a managed move: the school.</li>
 * </ul>
 */
public final class DecisionRules {

    /** Attendance at or below this, computed from the marks, is one of the threshold's conditions (Knowsley). */
    public static final BigDecimal NEGLECT_ATTENDANCE = new BigDecimal("75.0");

    private DecisionRules() {
    }

    /** Why a decision is refused, naming the field to correct. */
    public record Refusal(String field, String message) {
    }

    /**
     * A decision asked for. {@code lowestAttendance}: the lowest attendance of the case's children this academic year
     * (null: no possible session yet); {@code interviewedCarers}: the parents interviewed under caution on the case on
     * or before the day of the decision.
     */
    public record Asked(Outcome outcome, String reasons, Map<NeglectFactor, String> factors, Boolean allAgenciesTried,
                        BigDecimal lowestAttendance, Boolean esoConsidered, String esoConsideration,
                        Boolean evidentialTestMet, String evidentialReasons, Boolean publicInterestMet,
                        String publicInterestReasons, Long carerId, Set<Long> interviewedCarers, String school) {
    }

    public static Optional<Refusal> check(Asked a) {
        if (blank(a.reasons())) {
            return refuse("reasons", "reasons are required: why the panel decided so");
        }
        switch (a.outcome()) {
            case EDUCATIONAL_NEGLECT -> {
                if (a.factors() == null || a.factors().isEmpty()) {
                    return refuse("factors", "Tick the Knowsley neglect factors present, each with its evidence");
                }
                for (Map.Entry<NeglectFactor, String> factor : a.factors().entrySet()) {
                    if (blank(factor.getValue())) {
                        return refuse("factors", "Factor " + factor.getKey() + " (" + factor.getKey().label()
                                + ") is ticked without its evidence");
                    }
                }
                if (a.lowestAttendance() == null) {
                    return refuse("attendance", "The child has no possible session recorded this academic year:"
                            + " attendance at or below 75% cannot be shown from the marks");
                }
                if (a.lowestAttendance().compareTo(NEGLECT_ATTENDANCE) > 0) {
                    return refuse("attendance", "Attendance computed from the marks is " + a.lowestAttendance()
                            + "%: the educational neglect threshold needs 75% or below");
                }
                if (!Boolean.TRUE.equals(a.allAgenciesTried())) {
                    return refuse("allAgenciesTried", "The threshold is met only once every agency has tried every"
                            + " other avenue: record allAgenciesTried");
                }
            }
            case PROSECUTE_444_1, PROSECUTE_444_1A -> {
                if (!Boolean.TRUE.equals(a.esoConsidered()) || blank(a.esoConsideration())) {
                    return refuse("esoConsideration", "Before prosecuting, the council must consider applying for an"
                            + " Education Supervision Order instead and record that consideration (s447 Education Act"
                            + " 1996): esoConsidered and esoConsideration are required");
                }
                if (!Boolean.TRUE.equals(a.evidentialTestMet()) || blank(a.evidentialReasons())) {
                    return refuse("evidentialTest", "The evidential test must be recorded as met, with its reasons");
                }
                if (!Boolean.TRUE.equals(a.publicInterestMet()) || blank(a.publicInterestReasons())) {
                    return refuse("publicInterestTest", "The public interest test must be recorded as met, with its"
                            + " reasons");
                }
                if (a.outcome() == Outcome.PROSECUTE_444_1A) {
                    if (a.carerId() == null) {
                        return refuse("carerId", "An s444(1A) prosecution names the parent (carerId)");
                    }
                    if (a.interviewedCarers() == null || !a.interviewedCarers().contains(a.carerId())) {
                        return refuse("carerId", "An s444(1A) charge needs that parent's interview under caution"
                                + " (PACE Code C), recorded on the case before the decision: none is recorded for"
                                + " carer " + a.carerId());
                    }
                }
            }
            case NOT_IN_PUBLIC_INTEREST -> {
                if (a.publicInterestMet() == null || blank(a.publicInterestReasons())) {
                    return refuse("publicInterestTest", "Record the public interest test and its reasons");
                }
            }
            case PLACE_ALLOCATED, MANAGED_MOVE -> {
                if (a.school() == null || !a.school().strip().matches("\\d{7}")) {
                    return refuse("school", "Name the school (its 7-digit LAESTAB) that offers the place");
                }
            }
            default -> {
                // strategies, challenges, plans: the reasons suffice
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String field, String message) {
        return Optional.of(new Refusal(field, message));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

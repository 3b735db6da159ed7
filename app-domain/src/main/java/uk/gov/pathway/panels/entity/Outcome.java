package uk.gov.pathway.panels.entity;

/** The decisions panels take (a panel's configuration names which of them it may take). */
public enum Outcome {
    STRATEGIES_AGREED("Strategies agreed"),
    DRIFT_CHALLENGED("Drift and delay challenged through the escalation process"),
    EDUCATIONAL_NEGLECT("Educational neglect threshold met: the school refers through the MARF to the MASH"),
    THRESHOLD_NOT_MET("Educational neglect threshold not met"),
    PLACE_ALLOCATED("School place allocated"),
    MANAGED_MOVE("Managed move agreed (a trial, with dual registration)"),
    NOT_ELIGIBLE("Not in the Fair Access categories"),
    APPLY_FOR_ESO("Apply for an Education Supervision Order"),
    FURTHER_SUPPORT("Further support required"),
    NOT_IN_PUBLIC_INTEREST("Not in the public interest to prosecute (a CLAAG referral is offered)"),
    PROSECUTE_444_1("Prosecute under s444(1) Education Act 1996"),
    PROSECUTE_444_1A("Prosecute under s444(1A) Education Act 1996"),
    SIGNED_PLAN_WITH_WARNING("Signed plan with a warning"),
    JOINT_PLAN("Joint plan agreed");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean prosecution() {
        return this == PROSECUTE_444_1 || this == PROSECUTE_444_1A;
    }
}

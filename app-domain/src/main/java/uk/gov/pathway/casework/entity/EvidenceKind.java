package uk.gov.pathway.casework.entity;

/**
 * The kinds of record a case keeps that count as evidence at a pathway gate. A pathway model (configuration) names
 * which of them, and how many, a level needs before stepping up; the system counts them on the case.
 */
public enum EvidenceKind {
    PHONE_CALL("Phone call", Source.CONTACT, false),
    LETTER_TO_PARENT("Letter to parents about attendance", Source.CONTACT, false),
    SCHOOL_MEETING("Meeting in school with parents", Source.CONTACT, true),
    HOME_VISIT("Home visit", Source.CONTACT, false),
    EARLY_HELP_OFFERED("Early Help offered", Source.CONTACT, false),
    TAF_MEETING("Team Around the Family (TAF) meeting", Source.CONTACT, true),
    AIM_MEETING("Attendance Improvement Meeting (AIM)", Source.CONTACT, true),
    INTER_AGENCY_MEETING("Inter-agency meeting", Source.CONTACT, true),
    REFERRAL_TO_SERVICE("Referral to another service", Source.CONTACT, false),
    PENALTY_WARNING_LETTER("Penalty notice warning letter", Source.CONTACT, false),
    PARENTING_CONTRACT("Parenting contract agreed", Source.CONTACT, false),
    CHECK_IN("Check-in with the child", Source.CONTACT, false),
    OTHER_CONTACT("Other contact", Source.CONTACT, false),
    EARLY_HELP_ASSESSMENT("Early Help Assessment completed", Source.ASSESSMENT, false),
    GRADED_CARE_PROFILE("Graded Care Profile completed", Source.ASSESSMENT, false),
    PARENTING_ASSESSMENT("Parenting assessment completed", Source.ASSESSMENT, false),
    SUPPORT_PLAN("Plan with actions agreed", Source.PLAN, false),
    PLAN_REVIEW("Plan reviewed", Source.REVIEW, false);

    /** Which record of the case is counted. */
    public enum Source { CONTACT, ASSESSMENT, PLAN, REVIEW }

    private final String label;
    private final Source source;
    private final boolean meeting;

    EvidenceKind(String label, Source source, boolean meeting) {
        this.label = label;
        this.source = source;
        this.meeting = meeting;
    }

    public String label() {
        return label;
    }

    public Source source() {
        return source;
    }

    /** A meeting: it has attendees, whether the family came, minutes, and may add actions to the plan. */
    public boolean meeting() {
        return meeting;
    }

    public boolean contact() {
        return source == Source.CONTACT;
    }

    public boolean assessment() {
        return source == Source.ASSESSMENT;
    }

    /** The kind named by a code, with an error that lists the known codes. */
    public static EvidenceKind of(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(field + " is required: one of " + java.util.Arrays.toString(values()));
        }
        try {
            return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(field + " '" + code + "' is not a kind of record Pathway keeps: one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}

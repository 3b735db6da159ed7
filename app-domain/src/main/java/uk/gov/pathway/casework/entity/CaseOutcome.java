package uk.gov.pathway.casework.entity;

/** Why a case closed. */
public enum CaseOutcome {
    ATTENDANCE_IMPROVED("Attendance improved"),
    RETURNED_TO_SCHOOL_ACTION("Returned to the school's own action"),
    REFERRED_TO_SOCIAL_CARE("Referred to children's social care"),
    LEGAL_MEASURES("Passed to legal measures"),
    LEFT_SCHOOL_OR_AREA("Left the school or the area"),
    FAMILY_DID_NOT_ENGAGE("Family did not engage"),
    OTHER("Other");

    private final String label;

    CaseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

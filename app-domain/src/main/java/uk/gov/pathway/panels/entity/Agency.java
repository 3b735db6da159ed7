package uk.gov.pathway.panels.entity;

/** The agencies a panel member represents (issue 11; Knowsley's CLAAG membership, the pre-proceedings panel). */
public enum Agency {
    EDUCATION_IMPROVEMENT("Education improvement"),
    ATTENDANCE_SERVICE("School Attendance Service"),
    SERVICE_MANAGER("School Attendance Service manager"),
    SEND("SEND team"),
    EARLY_HELP("Early help"),
    FAMILY_FIRST("Family First"),
    SOCIAL_CARE("Children's social care"),
    MASH("MASH"),
    YOUTH_OFFENDING("Youth offending service"),
    HEALTH("Health"),
    LEGAL_SERVICES("Legal Services"),
    SCHOOL("School");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package uk.gov.pathway.kernel.access;

/** Role names as the security realm and the identity provider carry them; constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String SAS_MANAGER = "SAS_MANAGER";
    public static final String STATUTORY_OFFICER = "STATUTORY_OFFICER";
    public static final String TRADED_OFFICER = "TRADED_OFFICER";
    public static final String EARLY_HELP_WORKER = "EARLY_HELP_WORKER";
    public static final String SCHOOL_ATTENDANCE_LEAD = "SCHOOL_ATTENDANCE_LEAD";
    public static final String PANEL_CHAIR = "PANEL_CHAIR";
    public static final String PANEL_MEMBER = "PANEL_MEMBER";
    public static final String LEGAL_OFFICER = "LEGAL_OFFICER";

    private Roles() {
    }
}

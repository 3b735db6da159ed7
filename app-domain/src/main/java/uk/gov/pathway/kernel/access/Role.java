package uk.gov.pathway.kernel.access;

/** Who a person is to Pathway (spec/PRODUCT.md, screens per role), with the folder of screens they land in. */
public enum Role {
    ADMIN("Administrator", "admin", true),
    SAS_MANAGER("Service manager", "manager", true),
    STATUTORY_OFFICER("Statutory officer", "officer", true),
    TRADED_OFFICER("Traded officer", "officer", true),
    EARLY_HELP_WORKER("Early help worker", "officer", true),
    SCHOOL_ATTENDANCE_LEAD("School attendance lead", "school", false),
    PANEL_CHAIR("Panel chair", "panel", false),
    PANEL_MEMBER("Panel member", "panel", false),
    LEGAL_OFFICER("Legal officer", "legal", false);

    private final String label;
    private final String screenFolder;
    private final boolean councilWideRegister;

    Role(String label, String screenFolder, boolean councilWideRegister) {
        this.label = label;
        this.screenFolder = screenFolder;
        this.councilWideRegister = councilWideRegister;
    }

    public String label() {
        return label;
    }

    /** The folder of this role's screens, e.g. "school" for /school/home.xhtml. */
    public String screenFolder() {
        return screenFolder;
    }

    /** Whether this role reads the register of schools council-wide (a school lead reads their own school only). */
    public boolean readsCouncilWideRegister() {
        return councilWideRegister;
    }
}

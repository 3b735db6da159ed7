package uk.gov.pathway.kernel.access;

/** Who a person is to Pathway (spec/PRODUCT.md, screens per role), with the folder of screens they land in. */
public enum Role {
    ADMIN("Administrator", "admin", true, false),
    SAS_MANAGER("Service manager", "manager", true, true),
    STATUTORY_OFFICER("Statutory officer", "officer", true, true),
    TRADED_OFFICER("Traded officer", "officer", true, true),
    EARLY_HELP_WORKER("Early help worker", "officer", true, true),
    SCHOOL_ATTENDANCE_LEAD("School attendance lead", "school", false, false),
    PANEL_CHAIR("Panel chair", "panel", false, false),
    PANEL_MEMBER("Panel member", "panel", false, false),
    LEGAL_OFFICER("Legal officer", "legal", false, false);

    private final String label;
    private final String screenFolder;
    private final boolean councilWideRegister;
    private final boolean councilWidePupils;

    Role(String label, String screenFolder, boolean councilWideRegister, boolean councilWidePupils) {
        this.label = label;
        this.screenFolder = screenFolder;
        this.councilWideRegister = councilWideRegister;
        this.councilWidePupils = councilWidePupils;
    }

    public String label() {
        return label;
    }

    /** The folder of this role's screens, e.g. "school" for /school/home.xhtml. */
    public String screenFolder() {
        return screenFolder;
    }

    /**
     * Whether this role reads the register of schools council-wide and imports for any school (a school lead: their
     * own school only). Not a licence to read children: see {@link #readsCouncilWidePupils()}.
     */
    public boolean readsCouncilWideRegister() {
        return councilWideRegister;
    }

    /** Whether this role reads the records of children at every school (the administrator reads none: README). */
    public boolean readsCouncilWidePupils() {
        return councilWidePupils;
    }
}

package uk.gov.pathway.casework.entity;

import uk.gov.pathway.kernel.deadlines.Timescale;

/**
 * The timescales the sources set and Pathway enforces as deadlines, with their defaults (a council's preset may
 * change the numbers). The name of each is the deadline kind casework schedules it under.
 */
// spec/PRODUCT.md, The pathway: "Timescales from the sources that the system enforces as deadlines"
public enum PathwayTimescale {
    L1_EARLY_HELP_CHECK("Level 1 running 6 weeks with little or no improvement: complete an Early Help Assessment",
            Timescale.schoolWeeks(6)),
    NOT_SUITABLE_REVIEW("Referral judged not suitable for now: review it", Timescale.schoolWeeks(6)),
    AIM_REVIEW("Attendance Improvement Meeting: review the action plan", Timescale.schoolWeeks(3)),
    AIM_EXTENSION("Attendance Improvement Meeting continued once: review again, then escalate", Timescale.schoolWeeks(3)),
    TAF_MEETING("Team Around the Family meeting due (at least fortnightly)", Timescale.schoolWeeks(2)),
    EHA_REVIEW("Early Help Assessment review via TAF", Timescale.schoolWeeks(4)),
    L2_CAP("Level 2 case reaches the end of its half term: escalate or close", Timescale.endOfHalfTerm()),
    STATUTORY_REVIEW("Statutory work without the required improvement within a half term: consider prosecution or"
            + " educational neglect", Timescale.endOfHalfTerm()),
    PROGRESS_MEETING("Progress meeting due (at least half-termly)", Timescale.endOfHalfTerm());

    private final String description;
    private final Timescale timescale;

    PathwayTimescale(String description, Timescale timescale) {
        this.description = description;
        this.timescale = timescale;
    }

    public String description() {
        return description;
    }

    /** The default timescale of the sources. */
    public Timescale timescale() {
        return timescale;
    }
}

package uk.gov.pathway.casework.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import uk.gov.pathway.kernel.deadlines.Quiet;

/**
 * An open case with the latest day work was recorded on it, the school days since, and after how many its pathway
 * model counts it as drifting, and how often its level reviews a case (e.g. "6 school weeks"; blank when it does not).
 */
public record CaseRow(CaseSummary summary, LocalDate lastActivity, int schoolDaysSinceActivity, int driftSchoolDays,
                      String reviewRule) implements Serializable {

    public boolean drifting() {
        return new Quiet(lastActivity, schoolDaysSinceActivity, driftSchoolDays).drifting();
    }
}

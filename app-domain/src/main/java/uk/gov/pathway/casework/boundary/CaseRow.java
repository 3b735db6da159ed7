package uk.gov.pathway.casework.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import uk.gov.pathway.kernel.deadlines.Quiet;

/**
 * An open case with the latest day work was recorded on it, the school days since, and after how many its pathway
 * model counts it as drifting.
 */
public record CaseRow(CaseSummary summary, LocalDate lastActivity, int schoolDaysSinceActivity, int driftSchoolDays) implements Serializable {

    public boolean drifting() {
        return new Quiet(lastActivity, schoolDaysSinceActivity, driftSchoolDays).drifting();
    }
}

package uk.gov.pathway.kernel.deadlines;

import java.time.LocalDate;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;

/**
 * How long a watched subject has gone without recorded activity, in school days on the council's calendar, and whether
 * that is drift: the one rule the drift sweep and the caseload and allocation screens share.
 */
public record Quiet(LocalDate lastActivity, int schoolDays, int driftSchoolDays) {

    /** School days after the day of the last activity up to and including today (0 when work was done today). */
    public static Quiet of(LocalDate lastActivity, LocalDate today, SchoolTimeline timeline, int driftSchoolDays) {
        return new Quiet(lastActivity, timeline.schoolDaysBetween(lastActivity, today), driftSchoolDays);
    }

    public boolean drifting() {
        return schoolDays >= driftSchoolDays;
    }
}

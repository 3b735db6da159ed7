package uk.gov.pathway.casework.entity;

import java.time.LocalDate;
import uk.gov.pathway.kernel.calendar.SchoolDays;

/**
 * Drift: an open case with no recorded work for the model's number of school days (spec/PRODUCT.md: "no child waits
 * for a review that nobody booked"). Counted on the school calendar, so holidays do not make a case drift.
 */
public final class Drift {

    private Drift() {
    }

    /** School days after the day of the latest activity, up to and including today (0 when work was done today). */
    public static int schoolDaysSince(LocalDate lastActivity, LocalDate today, SchoolDays days) {
        int count = 0;
        for (LocalDate day = lastActivity.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (days.isSessionDay(day)) {
                count++;
            }
        }
        return count;
    }

    public static boolean drifting(int schoolDaysSince, int driftSchoolDays) {
        return schoolDaysSince >= driftSchoolDays;
    }
}

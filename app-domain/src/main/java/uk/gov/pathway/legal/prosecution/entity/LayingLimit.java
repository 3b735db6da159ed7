package uk.gov.pathway.legal.prosecution.entity;

import java.time.LocalDate;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;

/**
 * The time limit for laying the information (Magistrates' Courts Act 1980 s127; spec/RULES.md): within six months of
 * the last day of absence charged: by the same day of the month six months on (last day charged 31 March 2026: laid
 * by 30 September 2026 at the latest; 30 August: by 28 February). The officer is warned 20 school days before: {@code warnOn} is the 20th
 * school day before {@code layBy}, so that from it there are 20 school days, the warning day included, before the
 * last day to lay it.
 */
public record LayingLimit(LocalDate lastDayCharged, LocalDate layBy, LocalDate warnOn) {

    public static final int MONTHS = 6;
    public static final int WARNING_SCHOOL_DAYS = 20;

    /** The last day on which the information may be laid for absence up to {@code lastDayCharged}. */
    public static LocalDate layBy(LocalDate lastDayCharged) {
        return lastDayCharged.plusMonths(MONTHS);
    }

    /** The limit for a period charged that ends on {@code lastDayCharged}, the warning counted on {@code timeline}. */
    public static LayingLimit of(LocalDate lastDayCharged, SchoolTimeline timeline) {
        if (lastDayCharged == null) {
            throw new IllegalArgumentException("The limit runs from the last day of absence charged");
        }
        LocalDate layBy = layBy(lastDayCharged);
        return new LayingLimit(lastDayCharged, layBy, timeline.beforeSchoolDays(layBy, WARNING_SCHOOL_DAYS));
    }

    /** Whether an information laid on {@code day} is in time. */
    public boolean inTime(LocalDate day) {
        return !day.isAfter(layBy);
    }
}

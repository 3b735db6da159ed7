package uk.gov.pathway.legal.orders.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How long an Education Supervision Order runs (Children Act 1989 s36, Sch 3 paras 15 and 18; spec/RULES.md): one year
 * beginning with the day it is made (made 14 October 2026: last day 13 October 2027), ended earlier when the child
 * stops being of compulsory school age (the last Friday of June in the school year in which they turn 16). The council
 * may apply to extend it in the three months before it would expire (each extension up to three years, more than
 * once); an order that already ends with compulsory school age cannot be extended, so it has no window.
 *
 * @param endsOn                the order's last day
 * @param extensionWindowOpens  the first day the council may apply to extend it, or null when it cannot be extended
 * @param endsWithCompulsoryAge whether the end is the end of compulsory school age rather than the year (or extension)
 */
public record SupervisionTerm(LocalDate madeOn, LocalDate endsOn, LocalDate extensionWindowOpens,
                              boolean endsWithCompulsoryAge) {

    /** The longest one extension may add (Sch 3 para 15(4)). */
    public static final int MAX_EXTENSION_YEARS = 3;

    /** The window in which to apply for an extension: the three months before the order would expire. */
    public static final int EXTENSION_WINDOW_MONTHS = 3;

    /** The order made on {@code madeOn} for a child born on {@code dateOfBirth}. */
    public static SupervisionTerm made(LocalDate madeOn, LocalDate dateOfBirth) {
        if (madeOn == null) {
            throw new IllegalArgumentException("An order needs the day it was made");
        }
        LocalDate compulsoryEnd = endOfCompulsorySchoolAge(dateOfBirth);
        if (compulsoryEnd != null && !madeOn.isBefore(compulsoryEnd.plusDays(1))) {
            throw new IllegalArgumentException("The child stopped being of compulsory school age on " + compulsoryEnd
                    + "; no Education Supervision Order can be made on " + madeOn);
        }
        return bounded(madeOn, madeOn.plusYears(1).minusDays(1), compulsoryEnd);
    }

    /**
     * The order extended by {@code years} (1 to 3) from the day it would have expired, still ended by the end of
     * compulsory school age. Applied for on {@code appliedOn}, which must fall in the extension window.
     */
    public SupervisionTerm extendedBy(int years, LocalDate appliedOn, LocalDate dateOfBirth) {
        if (years < 1 || years > MAX_EXTENSION_YEARS) {
            throw new IllegalArgumentException("An extension is of 1 to " + MAX_EXTENSION_YEARS + " years; got " + years);
        }
        if (extensionWindowOpens == null) {
            throw new IllegalArgumentException("This order ends on " + endsOn + " when the child stops being of"
                    + " compulsory school age: it cannot be extended");
        }
        if (!inExtensionWindow(appliedOn)) {
            throw new IllegalArgumentException("An extension is applied for from " + extensionWindowOpens + " to "
                    + endsOn + " (the three months before the order expires); " + appliedOn + " is outside that window");
        }
        return bounded(madeOn, endsOn.plusYears(years), endOfCompulsorySchoolAge(dateOfBirth));
    }

    /** Whether the council may apply for an extension on {@code day}. */
    public boolean inExtensionWindow(LocalDate day) {
        return extensionWindowOpens != null && day != null && !day.isBefore(extensionWindowOpens)
                && !day.isAfter(endsOn);
    }

    /** Whether the order runs on {@code day} (it has not been ended early). */
    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(madeOn) && !day.isAfter(endsOn);
    }

    /**
     * The last day of compulsory school age of a child born on {@code dateOfBirth}: the last Friday of June in the
     * school year (1 September to 31 August) in which they turn 16. Null when the date of birth is not known.
     */
    public static LocalDate endOfCompulsorySchoolAge(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return null;
        }
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int schoolYearEnds = sixteenth.getMonthValue() >= 9 ? sixteenth.getYear() + 1 : sixteenth.getYear();
        return LocalDate.of(schoolYearEnds, 6, 30).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
    }

    private static SupervisionTerm bounded(LocalDate madeOn, LocalDate yearEnd, LocalDate compulsoryEnd) {
        if (compulsoryEnd != null && compulsoryEnd.isBefore(yearEnd)) {
            return new SupervisionTerm(madeOn, compulsoryEnd, null, true);
        }
        return new SupervisionTerm(madeOn, yearEnd,
                yearEnd.plusDays(1).minusMonths(EXTENSION_WINDOW_MONTHS), false);
    }
}

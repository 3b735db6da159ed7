package uk.gov.pathway.registration.attendance;

import java.math.BigDecimal;

/** How much of a pupil's possible sessions were missed: persistent at 10% or more, severe at 50% or more. */
// DfE "Working together to improve school attendance" (August 2024); spec/RULES.md, Absence bands
public enum AbsenceBand {
    NONE,
    PERSISTENT,
    SEVERE;

    private static final BigDecimal PERSISTENT_FROM = BigDecimal.TEN;
    private static final BigDecimal SEVERE_FROM = BigDecimal.valueOf(50);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The band for an absence percentage between 0 and 100. */
    public static AbsenceBand of(BigDecimal absencePercent) {
        if (absencePercent == null || absencePercent.signum() < 0 || absencePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("absencePercent must be between 0 and 100; got " + absencePercent);
        }
        if (absencePercent.compareTo(SEVERE_FROM) >= 0) {
            return SEVERE;
        }
        return absencePercent.compareTo(PERSISTENT_FROM) >= 0 ? PERSISTENT : NONE;
    }

    /** The band for sessions missed out of possible sessions, exactly, before any rounding; none possible is NONE. */
    public static AbsenceBand of(int absentSessions, int possibleSessions) {
        if (possibleSessions < 0 || absentSessions < 0 || absentSessions > possibleSessions) {
            throw new IllegalArgumentException("absentSessions must be between 0 and possibleSessions; got "
                    + absentSessions + " absent of " + possibleSessions + " possible");
        }
        long absent = absentSessions;
        if (possibleSessions > 0 && absent * 2 >= possibleSessions) {
            return SEVERE;
        }
        return possibleSessions > 0 && absent * 10 >= possibleSessions ? PERSISTENT : NONE;
    }
}

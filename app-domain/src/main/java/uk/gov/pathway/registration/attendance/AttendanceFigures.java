package uk.gov.pathway.registration.attendance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** A pupil's sessions counted by what each code counts as, with percentages of possible sessions (spec/API.md). */
// DfE absence statistics methodology; spec/RULES.md, Attendance codes and Absence bands
public record AttendanceFigures(
        int possibleSessions,
        int presentSessions,
        int approvedEducationalActivitySessions,
        int authorisedAbsenceSessions,
        int unauthorisedAbsenceSessions,
        int lateBeforeRegisterCloses,
        int lateAfterRegisterCloses,
        int notRequiredSessions,
        BigDecimal attendancePercent,
        BigDecimal absencePercent,
        AbsenceBand band) implements Serializable {

    private static final BigDecimal ZERO = new BigDecimal("0.0");

    public AttendanceFigures {
        requireNotNegative("possibleSessions", possibleSessions);
        requireNotNegative("presentSessions", presentSessions);
        requireNotNegative("approvedEducationalActivitySessions", approvedEducationalActivitySessions);
        requireNotNegative("authorisedAbsenceSessions", authorisedAbsenceSessions);
        requireNotNegative("unauthorisedAbsenceSessions", unauthorisedAbsenceSessions);
        requireNotNegative("lateBeforeRegisterCloses", lateBeforeRegisterCloses);
        requireNotNegative("lateAfterRegisterCloses", lateAfterRegisterCloses);
        requireNotNegative("notRequiredSessions", notRequiredSessions);
        int counted = presentSessions + approvedEducationalActivitySessions + authorisedAbsenceSessions
                + unauthorisedAbsenceSessions;
        if (possibleSessions != counted) {
            throw new IllegalArgumentException("possibleSessions must be present + approved educational activity"
                    + " + authorised + unauthorised absence (" + counted + "); got " + possibleSessions);
        }
        if (attendancePercent == null || absencePercent == null || band == null) {
            throw new IllegalArgumentException("attendancePercent, absencePercent and band are required; got "
                    + attendancePercent + ", " + absencePercent + ", " + band);
        }
    }

    public static AttendanceFigures of(Collection<AttendanceCode> codes) {
        if (codes == null) {
            throw new IllegalArgumentException("codes must be a collection of attendance codes; got null");
        }
        int present = 0;
        int approvedActivity = 0;
        int authorised = 0;
        int unauthorised = 0;
        int lateBefore = 0;
        int lateAfter = 0;
        int notRequired = 0;
        for (AttendanceCode code : codes) {
            if (code == null) {
                throw new IllegalArgumentException("codes must not contain a missing code; got " + codes);
            }
            switch (code.meaning()) {
                case PRESENT -> present++;
                case APPROVED_EDUCATIONAL_ACTIVITY -> approvedActivity++;
                case AUTHORISED_ABSENCE -> authorised++;
                case UNAUTHORISED_ABSENCE -> unauthorised++;
                case NOT_POSSIBLE -> notRequired++;
            }
            if (code == AttendanceCode.LATE_BEFORE_REGISTER_CLOSED) {
                lateBefore++;
            } else if (code == AttendanceCode.LATE_AFTER_REGISTER_CLOSED) {
                lateAfter++;
            }
        }
        int possible = present + approvedActivity + authorised + unauthorised;
        // Each percentage is rounded on its own from the counts (RULES.md: 7 of 80 missed is 8.8% and 91.3%), so the
        // two may add up to 99.9 or 100.1; the band is taken from the exact fraction, never from a rounded figure.
        BigDecimal attendancePercent = attendancePercent(present + approvedActivity, possible);
        BigDecimal absencePercent = percentOf(authorised + unauthorised, possible);
        AbsenceBand band = AbsenceBand.of(authorised + unauthorised, possible);
        return new AttendanceFigures(possible, present, approvedActivity, authorised, unauthorised, lateBefore,
                lateAfter, notRequired, attendancePercent, absencePercent, band);
    }

    /** Attendance % of possible sessions, rounded half up to one decimal place (0.0 with no possible session). */
    public static BigDecimal attendancePercent(long attendedSessions, long possibleSessions) {
        return percentOf(attendedSessions, possibleSessions);
    }

    /** Sessions as a % of possible sessions, rounded half up to one decimal place (0.0 with no possible session). */
    private static BigDecimal percentOf(long sessions, long possibleSessions) {
        return possibleSessions == 0 ? ZERO : BigDecimal.valueOf(100L * sessions)
                .divide(BigDecimal.valueOf(possibleSessions), 1, RoundingMode.HALF_UP);
    }

    private static void requireNotNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative; got " + value);
        }
    }
}

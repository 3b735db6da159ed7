package uk.gov.pathway.registration.attendance;

import java.math.BigDecimal;
import java.util.Collection;

// DfE "Working together to improve school attendance" (2024): schools tell the LA of pupils absent through illness
// for 15 or more school days, consecutive or cumulative.
/** Days of absence through illness (code I), counting each session as half a day. */
public final class IllnessAbsence {

    public static final BigDecimal NOTIFY_AT_DAYS = BigDecimal.valueOf(15);

    private IllnessAbsence() {
    }

    public static BigDecimal days(Collection<Mark> marks) {
        long sessions = marks.stream().filter(m -> m.code() == AttendanceCode.ILLNESS).count();
        return BigDecimal.valueOf(sessions).divide(BigDecimal.valueOf(2));
    }

    public static boolean mustBeNotified(Collection<Mark> marks) {
        return days(marks).compareTo(NOTIFY_AT_DAYS) >= 0;
    }
}

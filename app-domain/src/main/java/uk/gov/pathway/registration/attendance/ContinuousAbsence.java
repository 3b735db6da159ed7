package uk.gov.pathway.registration.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.pathway.kernel.calendar.SchoolDays;

// DfE "Working together to improve school attendance" (2024), spec/RULES.md "Notification to the LA": schools tell
// the LA of pupils absent without authorisation for 10 or more continuous school days (a possible child missing education).
/** How many school days in a row, up to a date, a pupil was absent without authorisation for the whole day. */
public final class ContinuousAbsence {

    public static final int NOTIFY_AT_SCHOOL_DAYS = 10;

    /** Days looked back at most: a run longer than a school year changes nothing for the notification. */
    private static final int LOOK_BACK_DAYS = 400;

    private ContinuousAbsence() {
    }

    /**
     * The run of whole school days of unauthorised absence ending on the last school day on or before {@code asOf}.
     * A school day with any session attended or authorised, or with no marks, ends the run.
     */
    public static int unauthorisedDaysUpTo(Collection<Mark> marks, LocalDate asOf, SchoolDays days) {
        Map<LocalDate, Map<Session, AttendanceCode>> byDay = marks.stream().collect(Collectors.groupingBy(Mark::date,
                Collectors.toMap(Mark::session, Mark::code, (a, b) -> b)));
        int run = 0;
        for (LocalDate day = asOf; day.isAfter(asOf.minusDays(LOOK_BACK_DAYS)); day = day.minusDays(1)) {
            if (!days.isSessionDay(day)) {
                continue;
            }
            Map<Session, AttendanceCode> sessions = byDay.getOrDefault(day, Map.of());
            boolean wholeDayUnauthorised = sessions.size() == 2
                    && sessions.values().stream().allMatch(AttendanceCode::isUnauthorisedAbsence);
            if (!wholeDayUnauthorised) {
                return run;
            }
            run++;
        }
        return run;
    }

    public static boolean mustBeNotified(Collection<Mark> marks, LocalDate asOf, SchoolDays days) {
        return unauthorisedDaysUpTo(marks, asOf, days) >= NOTIFY_AT_SCHOOL_DAYS;
    }
}

package uk.gov.pathway.registration.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolDayExceptions;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.kernel.calendar.SchoolWeeks;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.attendance.PenaltyNoticeThreshold;
import uk.gov.pathway.registration.attendance.WeekMarks;
import uk.gov.pathway.registration.control.AttendanceWeeks;
import uk.gov.pathway.registration.control.RegistrationEvents;

/**
 * Cohorts of pupils across the caller's schools. The penalty notice cohort counts each pupil's unauthorised absences
 * in the weeks any window can reach and applies {@link PenaltyNoticeThreshold} to those who can meet it: a county in
 * about a second.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class AttendanceCohorts {

    /** A school's own closures can push its window before the council calendar's; four weeks cover any INSET run. */
    private static final int SCHOOL_CLOSURE_MARGIN_WEEKS = 4;

    public record ThresholdMet(String upn, String laestab, int unauthorisedSessionsInWindow, LocalDate windowStart) {
    }

    public record ThresholdCohort(LocalDate asOf, int pupilsEvaluated, List<ThresholdMet> pupils) {
    }

    @Inject
    AttendanceWeeks weeks;

    @EJB
    AccessControl access;

    @EJB
    SchoolCalendarService calendars;

    @Inject
    Clock clock;

    @Inject
    RegistrationEvents events;

    /** Every pupil on roll on the day at a school in the caller's scope who meets the national threshold. */
    public ThresholdCohort penaltyNoticeThreshold(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        AccessScope scope = access.caller().pupilScope();
        SchoolCalendar calendar = calendars.calendar();
        LocalDate earliest = calendar.firstConfiguredDay().orElseThrow(() -> new InvalidInputException("asOf",
                "The council's school calendar has no academic year yet: school weeks cannot be counted"));
        Map<Long, SchoolDays> daysBySchool = new HashMap<>();
        List<ThresholdMet> met = new ArrayList<>();
        List<LocalDate> councilWeeks = SchoolWeeks.lastSchoolWeeks(day, PenaltyNoticeThreshold.SCHOOL_WEEKS,
                calendar.forSchool(SchoolDayExceptions.NONE), earliest);
        LocalDate firstWeek = councilWeeks.isEmpty() ? WeekMarks.weekStart(day) : councilWeeks.get(0);
        // Only a pupil with the threshold's number of unauthorised sessions in the weeks any window can reach can
        // meet it: the database counts them in the weeks with unauthorised absences, and the rule is applied to those
        // few, with their unauthorised marks (AttendanceWeeks, two passes; only unauthorised absences count).
        int evaluated = weeks.eachOnRollWithUnauthorisedAtLeast(day, firstWeek.minusWeeks(SCHOOL_CLOSURE_MARGIN_WEEKS),
                PenaltyNoticeThreshold.SESSIONS, laestab -> scope.covers(Laestab.of(laestab)), pupil ->
                        evaluate(pupil.upn(), pupil.laestab(), pupil.marks(), day,
                                days(daysBySchool, pupil.schoolId(), calendar), earliest, met));
        events.readMany("penalty notice threshold cohort", "pupils meeting the threshold as of " + day + ": "
                + met.size() + " of " + evaluated + " pupils evaluated");
        return new ThresholdCohort(day, evaluated, met);
    }

    private SchoolDays days(Map<Long, SchoolDays> cache, long schoolId, SchoolCalendar calendar) {
        return cache.computeIfAbsent(schoolId, id -> calendar.forSchool(calendars.exceptionsFor(id)));
    }

    private static void evaluate(String upn, String laestab, List<uk.gov.pathway.registration.attendance.Mark> marks, LocalDate day, SchoolDays days,
                                 LocalDate earliest, List<ThresholdMet> met) {
        PenaltyNoticeThreshold.Evaluation evaluation = PenaltyNoticeThreshold.evaluate(marks, day, days, earliest);
        if (evaluation.met()) {
            met.add(new ThresholdMet(upn, laestab, evaluation.unauthorisedSessionsInWindow(), evaluation.windowStart()));
        }
    }
}

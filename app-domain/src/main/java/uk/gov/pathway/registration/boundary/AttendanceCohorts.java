package uk.gov.pathway.registration.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
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
import uk.gov.pathway.kernel.persistence.SchemaMigration;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.attendance.PenaltyNoticeThreshold;
import uk.gov.pathway.registration.attendance.WeekMarks;
import uk.gov.pathway.registration.control.RegistrationEvents;

/**
 * Cohorts of pupils across the caller's schools. The penalty notice cohort reads the week rows of the window once,
 * in pupil order, and applies {@link PenaltyNoticeThreshold} to each pupil: a county in seconds.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class AttendanceCohorts {

    /** A school's own closures can push its window before the council calendar's; four weeks cover any INSET run. */
    private static final int SCHOOL_CLOSURE_MARGIN_WEEKS = 4;

    /** Only unauthorised absences count towards the threshold, so only they are decoded. */
    private static final Set<AttendanceCode> UNAUTHORISED = EnumSet.copyOf(
            Arrays.stream(AttendanceCode.values()).filter(AttendanceCode::isUnauthorisedAbsence).toList());

    public record ThresholdMet(String upn, String laestab, int unauthorisedSessionsInWindow, LocalDate windowStart) {
    }

    public record ThresholdCohort(LocalDate asOf, int pupilsEvaluated, List<ThresholdMet> pupils) {
    }

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

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
        int evaluated = 0;
        String sql = "select w.pupil_id, p.upn, s.id, s.laestab, w.week_start, w.marks"
                + " from attendance_week w join pupil p on p.id = w.pupil_id"
                + " join enrolment e on e.pupil_id = w.pupil_id and e.start_date <= ? and (e.end_date is null or e.end_date >= ?)"
                + " join school s on s.id = e.school_id"
                + " where w.week_start between ? and ? order by w.pupil_id, s.id, w.week_start";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            // The container's transaction keeps autocommit off, so PostgreSQL streams the rows with a cursor.
            statement.setFetchSize(10_000);
            statement.setDate(1, Date.valueOf(day));
            statement.setDate(2, Date.valueOf(day));
            List<LocalDate> councilWeeks = SchoolWeeks.lastSchoolWeeks(day, PenaltyNoticeThreshold.SCHOOL_WEEKS,
                    calendar.forSchool(SchoolDayExceptions.NONE), earliest);
            LocalDate firstWeek = councilWeeks.isEmpty() ? WeekMarks.weekStart(day) : councilWeeks.get(0);
            statement.setDate(3, Date.valueOf(firstWeek.minusWeeks(SCHOOL_CLOSURE_MARGIN_WEEKS)));
            statement.setDate(4, Date.valueOf(day));
            try (ResultSet rows = statement.executeQuery()) {
                long currentPupil = -1;
                long currentSchool = -1;
                String upn = null;
                String laestab = null;
                List<Mark> marks = new ArrayList<>();
                while (rows.next()) {
                    long pupil = rows.getLong(1);
                    long school = rows.getLong(3);
                    if (pupil != currentPupil || school != currentSchool) {
                        if (currentPupil >= 0 && scope.covers(Laestab.of(laestab))) {
                            evaluated++;
                            evaluate(upn, laestab, marks, day, days(daysBySchool, currentSchool, calendar), earliest, met);
                        }
                        currentPupil = pupil;
                        currentSchool = school;
                        upn = rows.getString(2);
                        laestab = rows.getString(4);
                        marks.clear();
                    }
                    WeekMarks.decodeInto(rows.getDate(5).toLocalDate(), rows.getString(6), UNAUTHORISED, marks);
                }
                if (currentPupil >= 0 && scope.covers(Laestab.of(laestab))) {
                    evaluated++;
                    evaluate(upn, laestab, marks, day, days(daysBySchool, currentSchool, calendar), earliest, met);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The penalty notice cohort could not be read", e);
        }
        events.readMany("penalty notice threshold cohort", "pupils meeting the threshold as of " + day + ": "
                + met.size() + " of " + evaluated + " pupils evaluated");
        return new ThresholdCohort(day, evaluated, met);
    }

    private SchoolDays days(Map<Long, SchoolDays> cache, long schoolId, SchoolCalendar calendar) {
        return cache.computeIfAbsent(schoolId, id -> calendar.forSchool(calendars.exceptionsFor(id)));
    }

    private static void evaluate(String upn, String laestab, List<Mark> marks, LocalDate day, SchoolDays days,
                                 LocalDate earliest, List<ThresholdMet> met) {
        PenaltyNoticeThreshold.Evaluation evaluation = PenaltyNoticeThreshold.evaluate(marks, day, days, earliest);
        if (evaluation.met()) {
            met.add(new ThresholdMet(upn, laestab, evaluation.unauthorisedSessionsInWindow(), evaluation.windowStart()));
        }
    }
}

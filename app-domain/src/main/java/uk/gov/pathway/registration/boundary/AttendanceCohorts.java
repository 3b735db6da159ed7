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
        List<LocalDate> councilWeeks = SchoolWeeks.lastSchoolWeeks(day, PenaltyNoticeThreshold.SCHOOL_WEEKS,
                calendar.forSchool(SchoolDayExceptions.NONE), earliest);
        LocalDate firstWeek = (councilWeeks.isEmpty() ? WeekMarks.weekStart(day) : councilWeeks.get(0))
                .minusWeeks(SCHOOL_CLOSURE_MARGIN_WEEKS);
        int evaluated = 0;
        // Pass 1, in the database: each pupil on roll on the day with the unauthorised sessions of their week rows
        // since the first week any school's window can start. Fewer than the threshold's 10 there can never meet it.
        String counted = "select w.pupil_id, s.id, s.laestab, sum(length(w.marks) - length(" + withoutUnauthorised()
                + ")) from attendance_week w"
                + " join enrolment e on e.pupil_id = w.pupil_id and e.start_date <= ? and (e.end_date is null or e.end_date >= ?)"
                + " join school s on s.id = e.school_id"
                + " where w.week_start between ? and ? group by w.pupil_id, s.id, s.laestab";
        Map<Long, List<long[]>> candidates = new HashMap<>();
        Map<Long, String> laestabs = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(counted)) {
                // The container's transaction keeps autocommit off, so PostgreSQL streams the rows with a cursor.
                statement.setFetchSize(10_000);
                statement.setDate(1, Date.valueOf(day));
                statement.setDate(2, Date.valueOf(day));
                statement.setDate(3, Date.valueOf(firstWeek));
                statement.setDate(4, Date.valueOf(day));
                Map<String, Boolean> inScope = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String laestab = rows.getString(3);
                        if (!inScope.computeIfAbsent(laestab, l -> scope.covers(Laestab.of(l)))) {
                            continue;
                        }
                        evaluated++;
                        if (rows.getLong(4) >= PenaltyNoticeThreshold.SESSIONS) {
                            long school = rows.getLong(2);
                            laestabs.put(school, laestab);
                            candidates.computeIfAbsent(rows.getLong(1), p -> new ArrayList<>()).add(new long[]{school});
                        }
                    }
                }
            }
            // Pass 2: the few candidates' week rows, by primary key, and the exact rule on each.
            List<Long> pupils = new ArrayList<>(candidates.keySet());
            pupils.sort(null);
            for (int from = 0; from < pupils.size(); from += 1000) {
                List<Long> chunk = pupils.subList(from, Math.min(pupils.size(), from + 1000));
                String weeks = "select w.pupil_id, p.upn, w.week_start, w.marks from attendance_week w"
                        + " join pupil p on p.id = w.pupil_id where w.pupil_id in ("
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                        + ") and w.week_start between ? and ? order by w.pupil_id, w.week_start";
                try (PreparedStatement statement = connection.prepareStatement(weeks)) {
                    int parameter = 1;
                    for (Long pupil : chunk) {
                        statement.setLong(parameter++, pupil);
                    }
                    statement.setDate(parameter++, Date.valueOf(firstWeek));
                    statement.setDate(parameter, Date.valueOf(day));
                    try (ResultSet rows = statement.executeQuery()) {
                        long currentPupil = -1;
                        String upn = null;
                        List<Mark> marks = new ArrayList<>();
                        while (rows.next()) {
                            long pupil = rows.getLong(1);
                            if (pupil != currentPupil) {
                                if (currentPupil >= 0) {
                                    evaluateAtEachSchool(upn, candidates.get(currentPupil), laestabs, marks, day,
                                            daysBySchool, calendar, earliest, met);
                                }
                                currentPupil = pupil;
                                upn = rows.getString(2);
                                marks.clear();
                            }
                            WeekMarks.decodeInto(rows.getDate(3).toLocalDate(), rows.getString(4), UNAUTHORISED, marks);
                        }
                        if (currentPupil >= 0) {
                            evaluateAtEachSchool(upn, candidates.get(currentPupil), laestabs, marks, day, daysBySchool,
                                    calendar, earliest, met);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The penalty notice cohort could not be read", e);
        }
        events.readMany("penalty notice threshold cohort", "pupils meeting the threshold as of " + day + ": "
                + met.size() + " of " + evaluated + " pupils evaluated");
        return new ThresholdCohort(day, evaluated, met);
    }

    /** The week row's marks without its unauthorised sessions, in SQL any database runs (nested replace). */
    private static String withoutUnauthorised() {
        String sql = "w.marks";
        for (AttendanceCode code : UNAUTHORISED) {
            sql = "replace(" + sql + ", '" + code.storageChar() + "', '')";
        }
        return sql;
    }

    /** A pupil on roll at more than one school that day (dual registration) is evaluated on each school's weeks. */
    private void evaluateAtEachSchool(String upn, List<long[]> schools, Map<Long, String> laestabs, List<Mark> marks,
                                      LocalDate day, Map<Long, SchoolDays> daysBySchool, SchoolCalendar calendar,
                                      LocalDate earliest, List<ThresholdMet> met) {
        schools.sort(java.util.Comparator.comparingLong(school -> school[0]));
        for (long[] school : schools) {
            evaluate(upn, laestabs.get(school[0]), marks, day, days(daysBySchool, school[0], calendar), earliest, met);
        }
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

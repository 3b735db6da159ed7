package uk.gov.pathway.registration.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.persistence.SchemaMigration;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.registration.attendance.AbsenceBand;
import uk.gov.pathway.registration.attendance.ContinuousAbsence;
import uk.gov.pathway.registration.attendance.IllnessAbsence;
import uk.gov.pathway.registration.attendance.LocalThresholds;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.attendance.WeekMarks;
import uk.gov.pathway.registration.control.RegistrationEvents;

/** One school's pupils with their attendance this academic year: the school attendance lead's daily list. */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class SchoolAttendance {

    /**
     * A pupil on roll as the lead's list shows them: name (surname first), year, vulnerability flags (CiC, CP, CiN, YC,
     * FSM, SEN K or E), whether any makes them vulnerable, and their figures for the period.
     */
    public record PupilAttendance(String upn, String name, String yearGroup, String flags, boolean vulnerable,
                                  AttendanceFigures figures, String cohorts) {

        static PupilAttendance of(String upn, String forename, String surname, String yearGroup, String sen,
                                  boolean childInCare, boolean childProtectionPlan, boolean childInNeed,
                                  boolean youngCarer, boolean freeSchoolMeals, AttendanceFigures figures,
                                  String cohorts) {
            List<String> flags = new ArrayList<>();
            if (childInCare) {
                flags.add("CiC");
            }
            if (childProtectionPlan) {
                flags.add("CP");
            }
            if (childInNeed) {
                flags.add("CiN");
            }
            if (youngCarer) {
                flags.add("YC");
            }
            if (freeSchoolMeals) {
                flags.add("FSM");
            }
            if (!"N".equals(sen)) {
                flags.add("SEN " + sen);
            }
            boolean vulnerable = childInCare || childProtectionPlan || childInNeed || youngCarer || !"N".equals(sen);
            return new PupilAttendance(upn, surname + ", " + forename, yearGroup, String.join(", ", flags), vulnerable,
                    figures, cohorts);
        }
    }

    public record SchoolPupils(String laestab, LocalDate from, LocalDate to, List<PupilAttendance> pupils) {

        /** The school's attendance % over the period: all its pupils' sessions together. */
        public java.math.BigDecimal schoolAttendancePercent() {
            long possible = 0;
            long attended = 0;
            for (PupilAttendance pupil : pupils) {
                possible += pupil.figures().possibleSessions();
                attended += pupil.figures().presentSessions() + pupil.figures().approvedEducationalActivitySessions();
            }
            return AttendanceFigures.attendancePercent(attended, possible);
        }
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

    /** The pupils on roll at the school today, with their figures from the start of the academic year to today. */
    public SchoolPupils pupilsOf(Laestab school) {
        SchoolPupils pupils = onRoll(school);
        events.readMany("school " + school.value(), "pupils on roll with attendance, vulnerability and cohorts from "
                + pupils.from() + " to " + pupils.to() + " (" + pupils.pupils().size() + " pupils)");
        return pupils;
    }

    /** The school's attendance % this academic year to date: no child's record is shown, so nothing is audited. */
    public java.math.BigDecimal attendanceOf(Laestab school) {
        return onRoll(school).schoolAttendancePercent();
    }

    private SchoolPupils onRoll(Laestab school) {
        if (!access.caller().pupilScope().covers(school)) {
            throw new NotVisibleException("School " + school);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = calendars.calendar().academicYearStart(today);
        String onRoll = " from pupil p join enrolment e on e.pupil_id = p.id join school s on s.id = e.school_id"
                + " where s.laestab = ? and e.start_date <= ? and (e.end_date is null or e.end_date >= ?)";
        Map<Long, String[]> pupils = new LinkedHashMap<>();
        Map<Long, List<Mark>> marks = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement("select p.id, p.upn, p.forename, p.surname,"
                    + " p.year_group, p.sen_status, p.child_in_care, p.child_protection_plan, p.child_in_need,"
                    + " p.young_carer, p.free_school_meals" + onRoll + " order by p.surname, p.forename")) {
                bind(statement, school, today);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        pupils.put(rows.getLong(1), new String[]{rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getString(5), rows.getString(6), String.valueOf(rows.getBoolean(7)), String.valueOf(rows.getBoolean(8)),
                                String.valueOf(rows.getBoolean(9)), String.valueOf(rows.getBoolean(10)), String.valueOf(rows.getBoolean(11))});
                        marks.put(rows.getLong(1), new ArrayList<>());
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("select w.pupil_id, w.week_start, w.marks"
                    + " from attendance_week w where w.week_start between ? and ? and w.pupil_id in (select p.id"
                    + onRoll + ")")) {
                statement.setDate(1, Date.valueOf(WeekMarks.weekStart(from)));
                statement.setDate(2, Date.valueOf(today));
                statement.setString(3, school.value());
                statement.setDate(4, Date.valueOf(today));
                statement.setDate(5, Date.valueOf(today));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        List<Mark> pupilMarks = marks.get(rows.getLong(1));
                        for (Mark mark : WeekMarks.decode(rows.getDate(2).toLocalDate(), rows.getString(3))) {
                            if (!mark.date().isBefore(from) && !mark.date().isAfter(today)) {
                                pupilMarks.add(mark);
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The pupils of school " + school + " could not be read", e);
        }
        SchoolDays days = schoolDays(schoolId(school));
        LocalThresholds local = LocalThresholds.configured();
        List<PupilAttendance> list = new ArrayList<>();
        pupils.forEach((id, p) -> {
            List<Mark> pupilMarks = marks.get(id);
            AttendanceFigures figures = AttendanceFigures.of(pupilMarks.stream().map(Mark::code).toList());
            list.add(PupilAttendance.of(p[0], p[1], p[2], yearGroupCode(p[3]), sen(p[4]), bool(p[5]), bool(p[6]),
                    bool(p[7]), bool(p[8]), bool(p[9]), figures, cohorts(pupilMarks, figures, today, days, local)));
        });
        return new SchoolPupils(school.value(), from, today, list);
    }

    /**
     * The cohorts a pupil is in today: below the early identification line, at or below the neglect indicator,
     * persistent or severe absence, newly persistent this week, 10 continuous school days unauthorised (possible child
     * missing education), 15 days of illness.
     */
    static String cohorts(List<Mark> marks, AttendanceFigures figures, LocalDate today, SchoolDays days,
                          LocalThresholds local) {
        List<String> cohorts = new ArrayList<>();
        if (local.earlyIdentification(figures)) {
            cohorts.add(Cohort.BELOW_EARLY_IDENTIFICATION.label());
        }
        if (local.neglectIndicator(figures)) {
            cohorts.add(Cohort.AT_OR_BELOW_NEGLECT_INDICATOR.label());
        }
        if (figures.band() != AbsenceBand.NONE) {
            cohorts.add(figures.band() == AbsenceBand.SEVERE ? Cohort.SEVERE.label() : Cohort.PERSISTENT.label());
            LocalDate weekAgo = today.minusDays(7);
            AttendanceFigures before = AttendanceFigures.of(marks.stream().filter(m -> !m.date().isAfter(weekAgo))
                    .map(Mark::code).toList());
            if (before.band() == AbsenceBand.NONE) {
                cohorts.add(Cohort.NEWLY_PERSISTENT.label());
            }
        }
        if (ContinuousAbsence.mustBeNotified(marks, today, days)) {
            cohorts.add(Cohort.CONTINUOUS_UNAUTHORISED.label());
        }
        if (IllnessAbsence.mustBeNotified(marks)) {
            cohorts.add(Cohort.ILLNESS.label());
        }
        return String.join(", ", cohorts);
    }

    /** The cohorts of the school lead's list, with the words the list shows. */
    public enum Cohort {
        BELOW_EARLY_IDENTIFICATION("Below 95%"),
        AT_OR_BELOW_NEGLECT_INDICATOR("75% or below"),
        PERSISTENT("Persistent"),
        SEVERE("Severe"),
        NEWLY_PERSISTENT("Newly persistent"),
        CONTINUOUS_UNAUTHORISED("10 days unauthorised"),
        ILLNESS("15 days illness");

        private final String label;

        Cohort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private long schoolId(Laestab school) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select id from school where laestab = ?")) {
            statement.setString(1, school.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private SchoolDays schoolDays(long schoolId) {
        return calendars.calendar().forSchool(calendars.exceptionsFor(schoolId));
    }

    private static void bind(PreparedStatement statement, Laestab school, LocalDate today) throws SQLException {
        statement.setString(1, school.value());
        statement.setDate(2, Date.valueOf(today));
        statement.setDate(3, Date.valueOf(today));
    }

    private static String yearGroupCode(String stored) {
        return uk.gov.pathway.registration.entity.YearGroup.valueOf(stored).code();
    }

    private static String sen(String stored) {
        return uk.gov.pathway.registration.entity.SenStatus.valueOf(stored).code();
    }

    private static boolean bool(String value) {
        return Boolean.parseBoolean(value);
    }
}

package uk.gov.pathway.registration.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.persistence.SchemaMigration;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.attendance.WeekMarks;

/**
 * The one reader of the week rows (table attendance_week) and of their summary of unauthorised absences
 * (attendance_unauthorised_week): a pupil's marks, a school's pupils on roll with theirs, and the county's pupils
 * who can meet the penalty notice threshold. About 40 rows hold a pupil's school year.
 */
@ApplicationScoped
public class AttendanceWeeks {

    private static final String ON_ROLL = " from pupil p join enrolment e on e.pupil_id = p.id join school s"
            + " on s.id = e.school_id where s.laestab = ? and e.start_date <= ? and (e.end_date is null or e.end_date >= ?)";

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    /** A pupil's marks with the pupil's id, read by UPN. */
    public record PupilMarks(long pupilId, List<Mark> marks) {
    }

    /** A pupil on roll at a school, as stored (enum names), with their marks of the period. */
    public record OnRoll(long pupilId, String upn, String forename, String surname, String yearGroup, String senStatus,
                         boolean childInCare, boolean childProtectionPlan, boolean childInNeed, boolean youngCarer,
                         boolean freeSchoolMeals, List<Mark> marks) {
    }

    /** A pupil's marks at one school where they were on roll on the day, for the county-wide cohorts. */
    public record AtSchool(String upn, long schoolId, String laestab, List<Mark> marks) {
    }

    /** The marks of the pupil from {@code from} to {@code to} (both included), in order of date and session. */
    public List<Mark> marks(long pupilId, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("select week_start, marks from attendance_week"
                        + " where pupil_id = ? and week_start between ? and ? order by week_start")
                .setParameter(1, pupilId)
                .setParameter(2, Date.valueOf(WeekMarks.weekStart(from)))
                .setParameter(3, Date.valueOf(to))
                .getResultList();
        List<Mark> marks = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            addBetween(columns[0], (String) columns[1], from, to, marks);
        }
        return marks;
    }

    /**
     * The marks of the pupil with this UPN in one query (pupil and week rows joined), for callers who may see every
     * pupil; empty when no pupil has the UPN.
     */
    public Optional<PupilMarks> marksOfUpn(String upn, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("select p.id, w.week_start, w.marks from pupil p left join attendance_week w"
                        + " on w.pupil_id = p.id and w.week_start between ? and ? where p.upn = ? order by w.week_start")
                .setParameter(1, Date.valueOf(WeekMarks.weekStart(from)))
                .setParameter(2, Date.valueOf(to))
                .setParameter(3, upn)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Mark> marks = new ArrayList<>();
        long pupilId = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            pupilId = ((Number) columns[0]).longValue();
            if (columns[1] != null) {
                addBetween(columns[1], (String) columns[2], from, to, marks);
            }
        }
        return Optional.of(new PupilMarks(pupilId, marks));
    }

    /** The pupils on roll at the school on {@code today}, by surname, with their marks from {@code from} to today. */
    public List<OnRoll> onRoll(Laestab school, LocalDate from, LocalDate today) {
        Map<Long, OnRoll> pupils = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement("select p.id, p.upn, p.forename, p.surname,"
                    + " p.year_group, p.sen_status, p.child_in_care, p.child_protection_plan, p.child_in_need,"
                    + " p.young_carer, p.free_school_meals" + ON_ROLL + " order by p.surname, p.forename")) {
                bindOnRoll(statement, 1, school, today);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        pupils.put(rows.getLong(1), new OnRoll(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getBoolean(7),
                                rows.getBoolean(8), rows.getBoolean(9), rows.getBoolean(10), rows.getBoolean(11),
                                new ArrayList<>()));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("select w.pupil_id, w.week_start, w.marks"
                    + " from attendance_week w where w.week_start between ? and ? and w.pupil_id in (select p.id"
                    + ON_ROLL + ")")) {
                statement.setDate(1, Date.valueOf(WeekMarks.weekStart(from)));
                statement.setDate(2, Date.valueOf(today));
                bindOnRoll(statement, 3, school, today);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        OnRoll pupil = pupils.get(rows.getLong(1));
                        addBetween(rows.getDate(2), rows.getString(3), from, today, pupil.marks());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The pupils of school " + school + " could not be read", e);
        }
        return new ArrayList<>(pupils.values());
    }

    /**
     * The pupils and schools that can meet a count of unauthorised absences, in two passes over
     * attendance_unauthorised_week (the weeks with an unauthorised absence, about one week row in five, kept by the
     * import's merge): pass 1 counts each pupil's unauthorised sessions since {@code firstWeek}, pass 2 reads the
     * unauthorised marks of only those with at least {@code atLeast} and hands them on, once for each school they are
     * on roll at on {@code day} that is {@code inScope}. Answers how many pupils are on roll on the day at schools
     * {@code inScope}, counted once for each school: every one of them is evaluated, and one without those marks
     * cannot meet the count (reading every week row of the window to tell those apart cost seconds for a county).
     */
    public int eachOnRollWithUnauthorisedAtLeast(LocalDate day, LocalDate firstWeek, int atLeast,
                                                 java.util.function.Predicate<String> inScope, Consumer<AtSchool> each) {
        String onRoll = " join enrolment e on e.pupil_id = c.pupil_id and e.start_date <= ?"
                + " and (e.end_date is null or e.end_date >= ?) join school s on s.id = e.school_id";
        String atLeastInWeeks = "select pupil_id from attendance_unauthorised_week where week_start between ? and ?"
                + " group by pupil_id having sum(sessions) >= ?";
        String counted = "select distinct c.pupil_id, s.id, s.laestab from (" + atLeastInWeeks + ") c" + onRoll;
        String pupilsOnRoll = "select s.laestab, count(distinct e.pupil_id) from enrolment e join school s"
                + " on s.id = e.school_id where e.start_date <= ? and (e.end_date is null or e.end_date >= ?)"
                + " group by s.laestab";
        Map<Long, List<long[]>> candidates = new LinkedHashMap<>();
        Map<Long, String> laestabs = new java.util.HashMap<>();
        Map<String, Boolean> covered = new java.util.HashMap<>();
        int evaluated = 0;
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                // For this transaction only: a county's window is about 650,000 rows of 225,000 pupils, whose hash
                // aggregate spilled to disk with the default 4 MB; parallel workers each worked out pass 1's aggregate
                // again for pass 2 on a server with no core to spare; compiling the plan (JIT) cost more than it saved.
                try (java.sql.Statement settings = connection.createStatement()) {
                    settings.execute("SET LOCAL work_mem = '64MB'");
                    settings.execute("SET LOCAL max_parallel_workers_per_gather = 0");
                    settings.execute("SET LOCAL jit = off");
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(pupilsOnRoll)) {
                statement.setDate(1, Date.valueOf(day));
                statement.setDate(2, Date.valueOf(day));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (covered.computeIfAbsent(rows.getString(1), inScope::test)) {
                            evaluated += rows.getInt(2);
                        }
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(counted)) {
                statement.setDate(1, Date.valueOf(firstWeek));
                statement.setDate(2, Date.valueOf(day));
                statement.setInt(3, atLeast);
                statement.setDate(4, Date.valueOf(day));
                statement.setDate(5, Date.valueOf(day));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String laestab = rows.getString(3);
                        if (covered.computeIfAbsent(laestab, inScope::test)) {
                            laestabs.put(rows.getLong(2), laestab);
                            candidates.computeIfAbsent(rows.getLong(1), p -> new ArrayList<>())
                                    .add(new long[]{rows.getLong(2)});
                        }
                    }
                }
            }
            // Pass 2: the unauthorised marks of those pupils, in one statement, streamed in pupil order.
            String weeks = "select u.pupil_id, p.upn, u.week_start, u.marks from attendance_unauthorised_week u"
                    + " join (" + atLeastInWeeks + ") c on c.pupil_id = u.pupil_id join pupil p on p.id = u.pupil_id"
                    + " where u.week_start between ? and ? order by u.pupil_id, u.week_start";
            try (PreparedStatement statement = connection.prepareStatement(weeks)) {
                statement.setFetchSize(10_000);
                statement.setDate(1, Date.valueOf(firstWeek));
                statement.setDate(2, Date.valueOf(day));
                statement.setInt(3, atLeast);
                statement.setDate(4, Date.valueOf(firstWeek));
                statement.setDate(5, Date.valueOf(day));
                try (ResultSet rows = statement.executeQuery()) {
                    long current = -1;
                    String upn = null;
                    List<Mark> marks = new ArrayList<>();
                    while (rows.next()) {
                        long pupil = rows.getLong(1);
                        if (pupil != current) {
                            handOn(current, upn, marks, candidates, laestabs, each);
                            current = pupil;
                            upn = rows.getString(2);
                            marks = new ArrayList<>();
                        }
                        WeekMarks.decodeInto(rows.getDate(3).toLocalDate(), rows.getString(4), null, marks);
                    }
                    handOn(current, upn, marks, candidates, laestabs, each);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The marks of the pupils on roll on " + day + " could not be read", e);
        }
        return evaluated;
    }

    /** A pupil on roll at more than one school that day (dual registration) is handed on once for each school. */
    private static void handOn(long pupil, String upn, List<Mark> marks, Map<Long, List<long[]>> candidates,
                               Map<Long, String> laestabs, Consumer<AtSchool> each) {
        if (pupil < 0) {
            return;
        }
        List<long[]> schools = candidates.get(pupil);
        if (schools == null) {
            return; // on roll that day only at schools outside the caller's scope, or at none
        }
        schools.sort(java.util.Comparator.comparingLong(school -> school[0]));
        for (long[] school : schools) {
            each.accept(new AtSchool(upn, school[0], laestabs.get(school[0]), marks));
        }
    }

    private static void bindOnRoll(PreparedStatement statement, int first, Laestab school, LocalDate today)
            throws SQLException {
        statement.setString(first, school.value());
        statement.setDate(first + 1, Date.valueOf(today));
        statement.setDate(first + 2, Date.valueOf(today));
    }

    private static void addBetween(Object week, String codes, LocalDate from, LocalDate to, List<Mark> marks) {
        LocalDate monday = week instanceof Date date ? date.toLocalDate() : (LocalDate) week;
        for (Mark mark : WeekMarks.decode(monday, codes)) {
            if (!mark.date().isBefore(from) && !mark.date().isAfter(to)) {
                marks.add(mark);
            }
        }
    }
}

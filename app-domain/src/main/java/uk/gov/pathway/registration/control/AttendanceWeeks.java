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
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.persistence.SchemaMigration;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.attendance.WeekMarks;

/**
 * The one reader of the week rows (table attendance_week): a pupil's marks, a school's pupils on roll with theirs,
 * and the whole county's in pupil order for the threshold cohort. About 40 rows hold a pupil's school year.
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
     * Every pupil on roll on {@code day} with their marks of the given codes in the weeks from {@code firstWeek} to
     * the day, one pupil and school at a time: the week rows are read once, in pupil order, streamed by a cursor.
     */
    public void eachOnRoll(LocalDate day, LocalDate firstWeek, Set<AttendanceCode> codes, Consumer<AtSchool> each) {
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
            statement.setDate(3, Date.valueOf(firstWeek));
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
                        if (currentPupil >= 0) {
                            each.accept(new AtSchool(upn, currentSchool, laestab, marks));
                        }
                        currentPupil = pupil;
                        currentSchool = school;
                        upn = rows.getString(2);
                        laestab = rows.getString(4);
                        marks = new ArrayList<>();
                    }
                    WeekMarks.decodeInto(rows.getDate(5).toLocalDate(), rows.getString(6), codes, marks);
                }
                if (currentPupil >= 0) {
                    each.accept(new AtSchool(upn, currentSchool, laestab, marks));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The marks of the pupils on roll on " + day + " could not be read", e);
        }
    }

    /**
     * Like {@link #eachOnRoll}, for the pupils and schools that can meet a count: pass 1 counts in the database each
     * pupil's marks of the given codes since {@code firstWeek}, per school they are on roll at on {@code day}; pass 2
     * reads the week rows, by primary key, of only those with at least {@code atLeast} and hands them on. Answers how
     * many pupils at schools {@code inScope} have marks in the weeks (those evaluated, whether handed on or not).
     */
    public int eachOnRollWithAtLeast(LocalDate day, LocalDate firstWeek, Set<AttendanceCode> codes, int atLeast,
                                     java.util.function.Predicate<String> inScope, Consumer<AtSchool> each) {
        String without = "w.marks";
        for (AttendanceCode code : codes) {
            without = "replace(" + without + ", '" + code.storageChar() + "', '')";
        }
        String counted = "select w.pupil_id, s.id, s.laestab, sum(length(w.marks) - length(" + without + "))"
                + " from attendance_week w"
                + " join enrolment e on e.pupil_id = w.pupil_id and e.start_date <= ? and (e.end_date is null or e.end_date >= ?)"
                + " join school s on s.id = e.school_id"
                + " where w.week_start between ? and ? group by w.pupil_id, s.id, s.laestab";
        Map<Long, List<long[]>> candidates = new LinkedHashMap<>();
        Map<Long, String> laestabs = new java.util.HashMap<>();
        int evaluated = 0;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(counted)) {
                statement.setFetchSize(10_000);
                statement.setDate(1, Date.valueOf(day));
                statement.setDate(2, Date.valueOf(day));
                statement.setDate(3, Date.valueOf(firstWeek));
                statement.setDate(4, Date.valueOf(day));
                Map<String, Boolean> covered = new java.util.HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String laestab = rows.getString(3);
                        if (!covered.computeIfAbsent(laestab, inScope::test)) {
                            continue;
                        }
                        evaluated++;
                        if (rows.getLong(4) >= atLeast) {
                            laestabs.put(rows.getLong(2), laestab);
                            candidates.computeIfAbsent(rows.getLong(1), p -> new ArrayList<>())
                                    .add(new long[]{rows.getLong(2)});
                        }
                    }
                }
            }
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
                            WeekMarks.decodeInto(rows.getDate(3).toLocalDate(), rows.getString(4), codes, marks);
                        }
                        handOn(current, upn, marks, candidates, laestabs, each);
                    }
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

package uk.gov.pathway.registration.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.attendance.WeekMarks;

/** Reads a pupil's marks from the week rows (table attendance_week); about 40 rows hold a school year. */
@ApplicationScoped
public class AttendanceStore {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** A pupil's marks with the pupil's id, read by UPN. */
    public record PupilMarks(long pupilId, List<Mark> marks) {
    }

    /** A mark a later import changed: when, which session, from which code to which, by which import. */
    public record MarkChange(LocalDate date, String session, String oldCode, String newCode, String jobId,
                             java.time.Instant changedAt) {
    }

    public List<MarkChange> changes(long pupilId) {
        List<?> rows = em.createNativeQuery("select mark_date, session, old_code, new_code, job_id, changed_at"
                + " from attendance_mark_change where pupil_id = ? order by changed_at, mark_date, session")
                .setParameter(1, pupilId).getResultList();
        List<MarkChange> changes = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            LocalDate day = c[0] instanceof Date date ? date.toLocalDate() : (LocalDate) c[0];
            java.time.Instant at = c[5] instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.LocalDateTime) c[5])
                    .atZone(java.time.ZoneId.systemDefault()).toInstant();
            changes.add(new MarkChange(day, (String) c[1], code((String) c[2]), code((String) c[3]), (String) c[4], at));
        }
        return changes;
    }

    private static String code(String stored) {
        return AttendanceCode.fromStorageChar(stored.charAt(0)).code();
    }

    /**
     * The marks of the pupil with this UPN in one query (pupil and week rows joined), for callers who may see every
     * pupil; empty when no pupil has the UPN.
     */
    public java.util.Optional<PupilMarks> marksOfUpn(String upn, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("select p.id, w.week_start, w.marks from pupil p left join attendance_week w"
                        + " on w.pupil_id = p.id and w.week_start between ? and ? where p.upn = ? order by w.week_start")
                .setParameter(1, Date.valueOf(WeekMarks.weekStart(from)))
                .setParameter(2, Date.valueOf(to))
                .setParameter(3, upn)
                .getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
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
        return java.util.Optional.of(new PupilMarks(pupilId, marks));
    }

    private static void addBetween(Object week, String codes, LocalDate from, LocalDate to, List<Mark> marks) {
        LocalDate monday = week instanceof Date date ? date.toLocalDate() : (LocalDate) week;
        for (Mark mark : WeekMarks.decode(monday, codes)) {
            if (!mark.date().isBefore(from) && !mark.date().isAfter(to)) {
                marks.add(mark);
            }
        }
    }

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
}

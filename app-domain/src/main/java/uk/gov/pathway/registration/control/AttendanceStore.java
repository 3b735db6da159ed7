package uk.gov.pathway.registration.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.registration.attendance.AttendanceCode;

/** The history of marks that later imports changed (table attendance_mark_change); the marks are {@link AttendanceWeeks}'. */
@ApplicationScoped
public class AttendanceStore {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

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
}

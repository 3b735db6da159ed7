package uk.gov.pathway.registration.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.attendance.WeekMarks;

/** Reads a pupil's marks from the week rows (table attendance_week); about 40 rows hold a school year. */
@ApplicationScoped
public class AttendanceStore {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

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
            LocalDate week = columns[0] instanceof Date date ? date.toLocalDate() : (LocalDate) columns[0];
            for (Mark mark : WeekMarks.decode(week, (String) columns[1])) {
                if (!mark.date().isBefore(from) && !mark.date().isAfter(to)) {
                    marks.add(mark);
                }
            }
        }
        return marks;
    }
}

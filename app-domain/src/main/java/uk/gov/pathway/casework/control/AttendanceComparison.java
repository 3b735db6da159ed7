package uk.gov.pathway.casework.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.Review;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolDayExceptions;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.kernel.calendar.SchoolWeeks;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.boundary.AttendanceRecord;
import uk.gov.pathway.registration.boundary.PupilFigures;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Attendance before and after an intervention, from the marks: the school weeks since it started against as many
 * school weeks before it (the children of a family case counted together).
 */
@Dependent
public class AttendanceComparison {

    @EJB
    AttendanceRecord attendance;

    @EJB
    SchoolCalendarService calendars;

    public Review.Comparison compare(EvidenceKind intervention, LocalDate start, LocalDate end, Collection<String> upns) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The review (" + end + ") is before the intervention began (" + start
                    + ")");
        }
        SchoolCalendar calendar = calendars.calendar();
        SchoolDays days = calendar.forSchool(SchoolDayExceptions.NONE);
        LocalDate earliest = calendar.firstConfiguredDay().orElse(start.minusYears(1));
        int weeksAfter = Math.max(1, countSchoolWeeks(start, end, days));
        List<LocalDate> before = start.minusDays(1).isBefore(earliest) ? List.of()
                : SchoolWeeks.lastSchoolWeeks(start.minusDays(1), weeksAfter, days, earliest);
        LocalDate beforeFrom = before.isEmpty() ? start.minusWeeks(weeksAfter) : before.get(0);
        LocalDate beforeTo = start.minusDays(1);
        return new Review.Comparison(intervention, beforeFrom, beforeTo, percent(upns, beforeFrom, beforeTo), start,
                end, percent(upns, start, end));
    }

    static int countSchoolWeeks(LocalDate from, LocalDate to, SchoolDays days) {
        int weeks = 0;
        for (LocalDate monday = SchoolWeeks.weekStart(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            if (SchoolWeeks.isSchoolWeek(monday, days)) {
                weeks++;
            }
        }
        return weeks;
    }

    /** Attendance % of the children together over the period; null when they had no possible sessions. */
    public BigDecimal percent(Collection<String> upns, LocalDate from, LocalDate to) {
        long attended = 0;
        long possible = 0;
        for (String upn : upns) {
            PupilFigures figures = attendance.figures(UniquePupilNumber.of(upn), from, to);
            AttendanceFigures f = figures.figures();
            attended += f.presentSessions() + f.approvedEducationalActivitySessions();
            possible += f.possibleSessions();
        }
        return possible == 0 ? null : AttendanceFigures.attendancePercent(attended, possible);
    }
}

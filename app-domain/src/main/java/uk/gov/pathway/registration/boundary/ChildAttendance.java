package uk.gov.pathway.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.control.AttendanceWeeks;

/**
 * Registration's answer to a module that holds a child by id and has already decided the caller may see what it shows
 * of them (a panel's papers for its members, the decision's attendance test): the child's marks and figures for a
 * period, both days included. It checks no scope of its own, like {@link PupilDirectory#refs}: the calling module's
 * rule decides, and the calling module keeps the read in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.LEGAL_OFFICER})
public class ChildAttendance {

    @Inject
    AttendanceWeeks weeks;

    /** The child's marks from {@code from} to {@code to}, in order of date and session. */
    public List<Mark> marks(long pupilId, LocalDate from, LocalDate to) {
        return weeks.marks(pupilId, from, to);
    }

    /** The child's figures (RULES.md's counting) from {@code from} to {@code to}. */
    public AttendanceFigures figures(long pupilId, LocalDate from, LocalDate to) {
        return AttendanceFigures.of(weeks.marks(pupilId, from, to).stream().map(Mark::code).toList());
    }
}

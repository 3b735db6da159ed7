package uk.gov.pathway.casework.control;

import java.util.Collection;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/**
 * Who sees and who works a case (spec/API.md, accounts and scopes). The service manager: every case. A statutory
 * officer: cases at statutory levels and those allocated to them. A traded officer: cases allocated to them and those
 * of children at the SLA schools they are the link officer for. An early help worker: the families allocated to them.
 * A school attendance lead: the status of cases of their school's pupils. Working a case also needs a role the
 * current level names (its "worked by"), or the manager's.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** Sees the whole case (the workspace). */
    public static boolean reads(Caller caller, CaseFile c, Collection<PupilRef> children) {
        if (caller.has(Role.SAS_MANAGER)) {
            return true;
        }
        if (c.officer() != null && c.officer().equals(caller.username())
                && caller.hasAny(Role.STATUTORY_OFFICER, Role.TRADED_OFFICER, Role.EARLY_HELP_WORKER)) {
            return true;
        }
        if (caller.has(Role.STATUTORY_OFFICER) && c.level().statutory()) {
            return true;
        }
        return caller.has(Role.TRADED_OFFICER) && children.stream().anyMatch(child -> child.schoolSla()
                && caller.username().equals(child.schoolLinkOfficer()));
    }

    /** Sees that the case exists, its level, status and officer (a school lead, for their own pupils). */
    public static boolean seesStatus(Caller caller, CaseFile c, Collection<PupilRef> children) {
        if (reads(caller, c, children)) {
            return true;
        }
        return caller.has(Role.SCHOOL_ATTENDANCE_LEAD) && children.stream()
                .anyMatch(child -> child.laestab() != null && caller.pupilScope().covers(new Laestab(child.laestab())));
    }

    /**
     * Whether a case's summary or workspace names this child to the caller: a school lead only their own pupils (a
     * brother or sister at another school stays unnamed); the manager and council officers every child of the case.
     */
    public static boolean names(Caller caller, PupilRef child) {
        AccessScope pupils = caller.pupilScope();
        return pupils.allSchools() || child.laestab() != null && pupils.covers(new Laestab(child.laestab()));
    }

    /** May record work on the case and move it: sees it (a school lead: their pupil's) and the level is theirs. */
    public static boolean works(Caller caller, CaseFile c, Collection<PupilRef> children) {
        if (caller.has(Role.SAS_MANAGER)) {
            return true;
        }
        boolean levelRole = caller.roles().stream().anyMatch(role -> c.level().workedBy(role));
        if (!levelRole) {
            return false;
        }
        return caller.has(Role.SCHOOL_ATTENDANCE_LEAD) ? seesStatus(caller, c, children) : reads(caller, c, children);
    }
}

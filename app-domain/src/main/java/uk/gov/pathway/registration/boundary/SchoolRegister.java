package uk.gov.pathway.registration.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.control.SchoolRepository;
import uk.gov.pathway.registration.entity.School;
import uk.gov.pathway.registration.entity.Urn;

/** The register of schools: who may read which school, and how the register is kept up to date. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class SchoolRegister {

    @Inject
    SchoolRepository schools;

    @EJB
    AccessControl access;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    public Page<SchoolSummary> search(SchoolSearch search) {
        AccessScope scope = access.caller().schoolScope();
        Page<School> page = schools.search(search, scope);
        return new Page<>(page.items().stream().map(SchoolSummary::of).toList(), page.total());
    }

    public SchoolSummary find(Laestab laestab) {
        Optional<School> school = schools.byLaestab(laestab);
        if (school.isEmpty() || !access.caller().schoolScope().covers(laestab)) {
            throw new NotVisibleException("School " + laestab);
        }
        return SchoolSummary.of(school.get());
    }

    /** The school's internal id, for the shared kernel's per-school records; not found outside the caller's scope. */
    public long idOf(Laestab laestab) {
        Optional<School> school = schools.byLaestab(laestab);
        if (school.isEmpty() || !access.caller().schoolScope().covers(laestab)) {
            throw new NotVisibleException("School " + laestab);
        }
        return school.get().id();
    }

    /** The council officer (user name) who links with a traded school; blank removes the link. */
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER})
    public SchoolSummary assignLinkOfficer(Laestab laestab, String officer) {
        School school = schools.byLaestab(laestab).orElseThrow(() -> new NotVisibleException("School " + laestab));
        if (officer != null && officer.strip().length() > 100) {
            throw new InvalidInputException("officer", "officer (a user name) is longer than 100 characters");
        }
        String before = school.linkOfficer();
        school.linkOfficer(officer == null || officer.isBlank() ? null : officer.strip());
        audit.fire(AuditEvent.change(null, "link officer of school " + laestab, "officer: "
                + (before == null ? "none" : before) + " -> " + (school.linkOfficer() == null ? "none"
                : school.linkOfficer())));
        return SchoolSummary.of(school);
    }

    /**
     * Registers new schools and revises known ones (matched by LAESTAB), all or nothing: any conflict refuses the
     * whole list, naming each line at fault. Answers how many schools were added or changed.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER})
    public int registerAll(List<SchoolRegistration> registrations) {
        List<InputProblem> problems = new ArrayList<>();
        Map<Laestab, Integer> laestabLines = new HashMap<>();
        Map<Urn, Integer> urnLines = new HashMap<>();
        for (SchoolRegistration row : registrations) {
            Integer earlier = laestabLines.putIfAbsent(row.laestab(), row.line());
            if (earlier != null) {
                problems.add(InputProblem.atLine(row.line(), "laestab",
                        "LAESTAB " + row.laestab() + " is already on line " + earlier + " of this file"));
            }
            Integer earlierUrn = urnLines.putIfAbsent(row.urn(), row.line());
            if (earlierUrn != null) {
                problems.add(InputProblem.atLine(row.line(), "urn",
                        "URN " + row.urn() + " is already on line " + earlierUrn + " of this file"));
            }
            schools.byUrn(row.urn()).filter(other -> !other.laestab().equals(row.laestab())).ifPresent(other ->
                    problems.add(InputProblem.atLine(row.line(), "urn", "URN " + row.urn()
                            + " belongs to school " + other.laestab() + " (" + other.name() + ") in the register")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        int changed = 0;
        for (SchoolRegistration row : registrations) {
            Optional<School> known = schools.byLaestab(row.laestab());
            if (known.isPresent()) {
                changed += known.get().revise(row.urn(), row.name(), row.phase(), row.sla(), now) ? 1 : 0;
            } else {
                schools.add(new School(row.urn(), row.laestab(), row.name(), row.phase(), row.sla(), now));
                changed++;
            }
        }
        return changed;
    }
}

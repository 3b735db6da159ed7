package uk.gov.pathway.registration.boundary;

import java.time.Clock;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.access.StaffAssignment;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.control.SchoolRepository;

/** The administrator's list of who leads attendance at which school; the school must be in the register. */
@Stateless
@RolesAllowed({Roles.ADMIN})
public class SchoolStaff {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    SchoolRepository schools;

    @EJB
    AccessControl access;

    @Inject
    Clock clock;

    /** Who may see which school's children: every change of a link is kept in the audit trail, before and after. */
    @Inject
    Event<AuditEvent> audit;

    public StaffAssignment assignSchool(String username, Laestab school) {
        if (schools.byLaestab(school).isEmpty()) {
            throw new InvalidInputException("laestab", "There is no school " + school + " in the register");
        }
        String by = access.caller().username();
        StaffAssignment existing = em.find(StaffAssignment.class, username);
        if (existing == null) {
            StaffAssignment created = new StaffAssignment(username, school, by, clock.instant());
            em.persist(created);
            audit.fire(AuditEvent.change(null, "staff link " + username, "school: none -> " + school));
            return created;
        }
        Laestab before = existing.school();
        existing.moveTo(school, by, clock.instant());
        audit.fire(AuditEvent.change(null, "staff link " + username, "school: " + before + " -> " + school));
        return existing;
    }

    public List<StaffAssignment> all() {
        return em.createNamedQuery(StaffAssignment.ALL, StaffAssignment.class).getResultList();
    }
}

package uk.gov.pathway.kernel.access;

import java.time.Clock;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.identifiers.Laestab;

/** The administrator's list of which person leads attendance at which school. */
@Stateless
@RolesAllowed({Roles.ADMIN})
public class StaffAssignments {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    AccessControl access;

    @Inject
    Clock clock;

    public StaffAssignment assignSchool(String username, Laestab school) {
        String by = access.caller().username();
        StaffAssignment existing = em.find(StaffAssignment.class, username);
        if (existing == null) {
            StaffAssignment created = new StaffAssignment(username, school, by, clock.instant());
            em.persist(created);
            return created;
        }
        existing.moveTo(school, by, clock.instant());
        return existing;
    }

    public List<StaffAssignment> all() {
        return em.createNamedQuery(StaffAssignment.ALL, StaffAssignment.class).getResultList();
    }
}

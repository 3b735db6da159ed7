package uk.gov.pathway.casework.boundary;

import java.time.LocalDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.pathway.casework.control.CaseScheduler;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.LevelChange;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * Demo data only: the fictional council's cases began weeks ago, so that their contacts, plans and reviews carry the
 * dates they would have had and the drift watch starts from that day. Cases opened through {@link Cases} always open
 * today; this moves a case's opening back, and is refused (403) on a server that does not load the demo data
 * ({@value #SWITCH} is not true). No screen or API calls it.
 */
@Stateless
@RolesAllowed(Roles.SAS_MANAGER)
public class DemoCaseHistories {

    /** The switch that loads the demo council (MicroProfile Config, e.g. -Dpathway.demo-data=true). */
    public static final String SWITCH = "pathway.demo-data";

    @Inject
    @ConfigProperty(name = SWITCH, defaultValue = "false")
    boolean demoData;

    @EJB
    Deadlines deadlines;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The case opened (and began its level) on {@code openedOn}, a day before today; its drift counts from then. */
    public void openedOn(long caseId, LocalDate openedOn) {
        if (!demoData) {
            throw new AccessDeniedException("Only the demo council's cases are given a history: this server runs"
                    + " without demo data");
        }
        CaseFile c = em.find(CaseFile.class, caseId);
        if (c == null) {
            throw new NotVisibleException("Case " + caseId);
        }
        if (openedOn == null || openedOn.isAfter(c.openedOn())) {
            throw new InvalidInputException("openedOn", "a case's history can only begin before it was opened ("
                    + c.openedOn() + "); got " + openedOn);
        }
        em.detach(c);
        em.createQuery("UPDATE CaseFile c SET c.openedOn = :on, c.levelSince = :on WHERE c.id = :id")
                .setParameter("on", openedOn).setParameter("id", caseId).executeUpdate();
        em.createQuery("UPDATE LevelChange l SET l.changedOn = :on WHERE l.caseId = :id AND l.direction = :opened")
                .setParameter("on", openedOn).setParameter("id", caseId)
                .setParameter("opened", LevelChange.Direction.OPENED).executeUpdate();
        deadlines.lastActivityWas(CaseScheduler.SUBJECT, caseId, openedOn);
    }
}

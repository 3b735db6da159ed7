package uk.gov.pathway.integration.demo;

import java.time.LocalDate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.gov.pathway.casework.control.CaseScheduler;
import uk.gov.pathway.casework.entity.LevelChange;
import uk.gov.pathway.kernel.deadlines.Deadlines;

/**
 * Demo data only: the fictional council's cases began weeks ago, so that their contacts, plans and reviews can carry
 * the dates they would have had, and the drift watch starts from that day. Cases opened through the service always
 * open today; no screen or API calls this, and it lives with the demo, not in the domain.
 */
@Dependent
public class CaseBackdating {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    Deadlines deadlines;

    @Transactional
    public void openedOn(long caseId, LocalDate openedOn) {
        em.createQuery("UPDATE CaseFile c SET c.openedOn = :on, c.levelSince = :on WHERE c.id = :id")
                .setParameter("on", openedOn).setParameter("id", caseId).executeUpdate();
        em.createQuery("UPDATE LevelChange l SET l.changedOn = :on WHERE l.caseId = :id AND l.direction = :opened")
                .setParameter("on", openedOn).setParameter("id", caseId)
                .setParameter("opened", LevelChange.Direction.OPENED).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(uk.gov.pathway.casework.entity.CaseFile.class, caseId);
        em.getEntityManagerFactory().getCache().evict(LevelChange.class);
        deadlines.lastActivityWas(CaseScheduler.SUBJECT, caseId, openedOn);
    }
}

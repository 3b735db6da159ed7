package uk.gov.pathway.casework.control;

import java.time.LocalDate;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.gov.pathway.casework.entity.LevelChange;

/**
 * Demo data only: the fictional council's cases began weeks ago, so that their contacts, plans and reviews can carry
 * the dates they would have had. Cases opened through the service always open today; no screen or API calls this.
 */
@Dependent
public class CaseBackdating {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Transactional
    public void openedOn(long caseId, LocalDate openedOn) {
        em.createQuery("UPDATE CaseFile c SET c.openedOn = :on, c.levelSince = :on WHERE c.id = :id")
                .setParameter("on", openedOn).setParameter("id", caseId).executeUpdate();
        em.createQuery("UPDATE LevelChange l SET l.changedOn = :on WHERE l.caseId = :id AND l.direction = :opened")
                .setParameter("on", openedOn).setParameter("id", caseId)
                .setParameter("opened", LevelChange.Direction.OPENED).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(uk.gov.pathway.casework.entity.CaseFile.class, caseId);
        em.getEntityManagerFactory().getCache().evict(LevelChange.class);
    }
}

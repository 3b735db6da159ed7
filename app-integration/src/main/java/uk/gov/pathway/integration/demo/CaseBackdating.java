package uk.gov.pathway.integration.demo;

import java.sql.Date;
import java.time.LocalDate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.gov.pathway.kernel.deadlines.Deadlines;

/**
 * Demo data only: the fictional council's cases began weeks ago, so that their contacts, plans and reviews can carry
 * the dates they would have had, and the drift watch starts from that day. Cases opened through the service always
 * open today; no screen or API calls this, and it lives with the demo, not in the domain (it imports nothing of
 * casework's control or entity packages).
 */
@Dependent
public class CaseBackdating {

    /** The subject type casework watches its cases under (CaseScheduler.SUBJECT). */
    private static final String CASE = "case";

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    Deadlines deadlines;

    @Transactional
    public void openedOn(long caseId, LocalDate openedOn) {
        em.flush();
        Date on = Date.valueOf(openedOn);
        em.createNativeQuery("update case_file set opened_on = ?, level_since = ? where id = ?")
                .setParameter(1, on).setParameter(2, on).setParameter(3, caseId).executeUpdate();
        em.createNativeQuery("update case_level_change set changed_on = ? where case_id = ? and direction = 'OPENED'")
                .setParameter(1, on).setParameter(2, caseId).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        deadlines.lastActivityWas(CASE, caseId, openedOn);
    }
}

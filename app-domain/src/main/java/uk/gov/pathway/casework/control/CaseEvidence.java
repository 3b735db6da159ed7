package uk.gov.pathway.casework.control;

import java.util.EnumMap;
import java.util.Map;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.entity.AssessmentNeeded;
import uk.gov.pathway.casework.entity.Contact;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.Plan;
import uk.gov.pathway.casework.entity.Review;

/** Counts what a case has recorded, by kind of evidence, for the pathway gate. */
@Dependent
public class CaseEvidence {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public Map<EvidenceKind, Integer> recorded(long caseId) {
        Map<EvidenceKind, Integer> counts = new EnumMap<>(EvidenceKind.class);
        for (Object[] row : em.createNamedQuery(Contact.COUNT_BY_KIND, Object[].class).setParameter("caseId", caseId)
                .getResultList()) {
            counts.put((EvidenceKind) row[0], ((Number) row[1]).intValue());
        }
        for (Object[] row : em.createNamedQuery(AssessmentNeeded.COMPLETED_BY_KIND, Object[].class)
                .setParameter("caseId", caseId).getResultList()) {
            counts.merge((EvidenceKind) row[0], ((Number) row[1]).intValue(), Integer::sum);
        }
        int plans = em.createNamedQuery(Plan.COUNT_OF_CASE, Long.class).setParameter("caseId", caseId)
                .getSingleResult().intValue();
        if (plans > 0) {
            counts.put(EvidenceKind.SUPPORT_PLAN, plans);
        }
        int reviews = em.createNamedQuery(Review.COUNT_OF_CASE, Long.class).setParameter("caseId", caseId)
                .getSingleResult().intValue();
        if (reviews > 0) {
            counts.put(EvidenceKind.PLAN_REVIEW, reviews);
        }
        return counts;
    }
}

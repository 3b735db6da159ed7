package uk.gov.pathway.casework.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.entity.CaseFile;

/**
 * The latest day work was recorded on each case: contacts and meetings, plans, actions done, assessments, further
 * assessments completed, reviews; or the day the case opened or last changed level.
 */
@Dependent
public class CaseActivity {

    private static final List<String> LATEST = List.of(
            "SELECT x.caseId, MAX(x.occurredOn) FROM Contact x WHERE x.caseId IN :ids GROUP BY x.caseId",
            "SELECT x.caseId, MAX(x.createdOn) FROM Plan x WHERE x.caseId IN :ids GROUP BY x.caseId",
            "SELECT x.plan.caseId, MAX(x.doneOn) FROM PlanAction x WHERE x.plan.caseId IN :ids GROUP BY x.plan.caseId",
            "SELECT x.caseId, MAX(x.assessedOn) FROM Assessment x WHERE x.caseId IN :ids GROUP BY x.caseId",
            "SELECT x.caseId, MAX(x.completedOn) FROM AssessmentNeeded x WHERE x.caseId IN :ids GROUP BY x.caseId",
            "SELECT x.caseId, MAX(x.reviewedOn) FROM Review x WHERE x.caseId IN :ids GROUP BY x.caseId");

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public Map<Long, LocalDate> latest(Collection<CaseFile> cases) {
        Map<Long, LocalDate> latest = new HashMap<>();
        cases.forEach(c -> latest.put(c.id(), c.levelSince().isAfter(c.openedOn()) ? c.levelSince() : c.openedOn()));
        if (cases.isEmpty()) {
            return latest;
        }
        List<Long> ids = cases.stream().map(CaseFile::id).toList();
        for (String query : LATEST) {
            for (Object[] row : em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()) {
                if (row[1] != null) {
                    latest.merge(((Number) row[0]).longValue(), (LocalDate) row[1],
                            (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return latest;
    }
}

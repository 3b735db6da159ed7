package uk.gov.pathway.casework.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.Plan;
import uk.gov.pathway.casework.entity.PlanAction;
import uk.gov.pathway.kernel.cases.CaseDecision;

/**
 * Casework observes decisions taken about its cases elsewhere (a panel's): the case's chronology says what was
 * decided, and the agreed actions become a plan of the case, with their owners and deadlines, in the same transaction.
 */
@Dependent
public class CaseDecisionsToPlan {

    @Inject
    CaseContext context;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public void decided(@Observes CaseDecision decision) {
        CaseFile c = em.find(CaseFile.class, decision.caseId());
        if (c == null) {
            return;
        }
        context.announce(c, "DECISION", decision.source() + ": " + decision.summary(), decision.decidedBy());
        if (decision.actions().isEmpty() || !c.open()) {
            return;
        }
        Plan plan = new Plan(c.id(), decision.decidedOn(), null, "Actions agreed by the " + decision.source(),
                false, false, null, decision.decidedBy());
        for (CaseDecision.AgreedAction action : decision.actions()) {
            plan.addAction(new PlanAction.Details(action.description(), PlanAction.OwnerKind.PERSON, action.owner(),
                    action.dueOn(), null));
        }
        em.persist(plan);
        context.touched(c, decision.decidedOn());
    }
}

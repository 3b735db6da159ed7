package uk.gov.pathway.web.view.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseDetail;
import uk.gov.pathway.casework.boundary.CaseWork;

/** The workspace's Plan tab: a plan recorded with its actions, and an action marked done with its evidence. */
@Named
@ViewScoped
public class PlanBacking extends WorkspaceForm {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseWork work;

    private LocalDate agreedOn;
    private PlanForm plan = new PlanForm();
    private final Map<Long, String> evidence = new HashMap<>();

    @PostConstruct
    void startToday() {
        agreedOn = today();
    }

    public void record() {
        if (attempt("Plan recorded", () -> work.recordPlan(caseId(), plan.draft(agreedOn)))) {
            plan = new PlanForm();
        }
    }

    public void addAction() {
        plan.addAction();
    }

    /** Marked with the version the page read: someone else's change in between is refused, not overwritten. */
    public void actionDone(CaseDetail.ActionView action) {
        if (Feedback.attempt("Action marked done: " + action.description(), () -> work.actionDone(caseId(),
                action.id(), today(), evidence.get(action.id()), action.version()))) {
            evidence.remove(action.id());
        }
        workspace.load();
    }

    public LocalDate getAgreedOn() { return agreedOn; }
    public void setAgreedOn(LocalDate v) { this.agreedOn = v; }
    public PlanForm getPlan() { return plan; }
    public Map<Long, String> getEvidence() { return evidence; }
}

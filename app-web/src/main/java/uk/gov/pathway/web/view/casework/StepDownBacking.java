package uk.gov.pathway.web.view.casework;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.Cases;

/** The workspace's step down to the level below, with its reason. */
@Named
@ViewScoped
public class StepDownBacking extends WorkspaceForm {

    private static final long serialVersionUID = 1L;

    @EJB
    Cases cases;

    private String reason;

    public void stepDown() {
        if (attempt("Stepped down", () -> cases.stepDown(caseId(), reason))) {
            reason = null;
        }
    }

    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
}

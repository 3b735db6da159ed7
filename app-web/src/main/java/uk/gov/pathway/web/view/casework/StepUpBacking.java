package uk.gov.pathway.web.view.casework;

import java.util.List;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.boundary.GateNotMetException;

/** The workspace's step up: through the gate, or (the service manager) past it with a recorded reason. */
@Named
@ViewScoped
public class StepUpBacking extends WorkspaceForm {

    private static final long serialVersionUID = 1L;

    @EJB
    Cases cases;

    private String overrideReason;
    private List<String> missing = List.of();

    public void stepUp() {
        missing = List.of();
        if (attempt("Stepped up to " + workspace.getDetail().nextLevel(), () -> {
            try {
                cases.stepUp(caseId(), overrideReason);
            } catch (GateNotMetException refused) {
                missing = refused.missingEvidence();
                throw refused;
            }
        })) {
            overrideReason = null;
        }
    }

    public List<String> getMissing() { return missing; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { this.overrideReason = v; }
}

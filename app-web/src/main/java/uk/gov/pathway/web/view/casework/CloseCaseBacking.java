package uk.gov.pathway.web.view.casework;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.entity.CaseOutcome;

/** The workspace's closing of the case, with its outcome and a note. */
@Named
@ViewScoped
public class CloseCaseBacking extends WorkspaceForm {

    private static final long serialVersionUID = 1L;

    @EJB
    Cases cases;

    private String outcome;
    private String note;

    public void close() {
        if (attempt("The case is closed", () -> cases.close(caseId(), outcome, note))) {
            note = null;
        }
    }

    public CaseOutcome[] getCaseOutcomes() { return CaseOutcome.values(); }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { this.outcome = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
}

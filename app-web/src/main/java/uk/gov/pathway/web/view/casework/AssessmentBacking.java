package uk.gov.pathway.web.view.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseDetail;
import uk.gov.pathway.casework.boundary.CaseRecords;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.entity.Assessment;
import uk.gov.pathway.casework.entity.EvidenceKind;

/** The workspace's Assess tab: an assessment recorded (with a further one needed, if any), a needed one completed. */
@Named
@ViewScoped
public class AssessmentBacking extends WorkspaceForm {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseWork work;

    private LocalDate assessedOn;
    private String reasons;
    private String needsEducation;
    private String needsHealth;
    private String needsCare;
    private String childVoice;
    private String alreadyTried;
    private String supportRequired;
    private String neededKind;
    private LocalDate neededDue;
    private String neededNotes;

    @PostConstruct
    void startToday() {
        assessedOn = today();
    }

    public void record() {
        List<CaseRecords.NeededAssessment> needed = neededKind == null || neededKind.isBlank() ? List.of()
                : List.of(new CaseRecords.NeededAssessment(neededKind, neededDue, neededNotes));
        if (attempt("Assessment recorded", () -> work.recordAssessment(caseId(), new Assessment.Details(
                assessedOn, reasons, needsEducation, needsHealth, needsCare, childVoice, alreadyTried,
                supportRequired), needed))) {
            reasons = needsEducation = needsHealth = needsCare = childVoice = alreadyTried = null;
            supportRequired = neededKind = neededNotes = null;
            neededDue = null;
        }
    }

    public void complete(CaseDetail.NeededView needed) {
        Feedback.attempt(needed.kindLabel().replace(" completed", "") + " marked completed",
                () -> work.completeAssessment(caseId(), needed.id(), today(), null));
        workspace.load();
    }

    public List<EvidenceKind> getAssessmentKinds() {
        return Arrays.stream(EvidenceKind.values()).filter(EvidenceKind::assessment).toList();
    }

    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate v) { this.assessedOn = v; }
    public String getReasons() { return reasons; }
    public void setReasons(String v) { this.reasons = v; }
    public String getNeedsEducation() { return needsEducation; }
    public void setNeedsEducation(String v) { this.needsEducation = v; }
    public String getNeedsHealth() { return needsHealth; }
    public void setNeedsHealth(String v) { this.needsHealth = v; }
    public String getNeedsCare() { return needsCare; }
    public void setNeedsCare(String v) { this.needsCare = v; }
    public String getChildVoice() { return childVoice; }
    public void setChildVoice(String v) { this.childVoice = v; }
    public String getAlreadyTried() { return alreadyTried; }
    public void setAlreadyTried(String v) { this.alreadyTried = v; }
    public String getSupportRequired() { return supportRequired; }
    public void setSupportRequired(String v) { this.supportRequired = v; }
    public String getNeededKind() { return neededKind; }
    public void setNeededKind(String v) { this.neededKind = v; }
    public LocalDate getNeededDue() { return neededDue; }
    public void setNeededDue(LocalDate v) { this.neededDue = v; }
    public String getNeededNotes() { return neededNotes; }
    public void setNeededNotes(String v) { this.neededNotes = v; }
}

package uk.gov.pathway.web.view.casework;

import java.time.LocalDate;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.entity.CaseOutcome;
import uk.gov.pathway.casework.entity.Review;
import uk.gov.pathway.casework.entity.ReviewOutcome;

/** The workspace's Review tab: a review recorded (attendance before and after is computed), perhaps closing the case. */
@Named
@ViewScoped
public class ReviewBacking extends WorkspaceForm {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseWork work;

    private LocalDate reviewedOn;
    private Boolean familyFeltSupported;
    private String childVoice;
    private boolean considerLegal;
    private String outcome = ReviewOutcome.CONTINUE.name();
    private String notes;
    private String closeOutcome;

    @PostConstruct
    void startToday() {
        reviewedOn = today();
    }

    public void record() {
        if (attempt("Review recorded", () -> work.recordReview(caseId(), new Review.Details(reviewedOn,
                familyFeltSupported, childVoice, considerLegal, ReviewOutcome.valueOf(outcome), notes),
                closeOutcome == null || closeOutcome.isBlank() ? null : closeOutcome))) {
            childVoice = notes = closeOutcome = null;
            familyFeltSupported = null;
            considerLegal = false;
        }
    }

    public CaseOutcome[] getCaseOutcomes() { return CaseOutcome.values(); }
    public ReviewOutcome[] getReviewOutcomes() { return ReviewOutcome.values(); }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate v) { this.reviewedOn = v; }
    public Boolean getFamilyFeltSupported() { return familyFeltSupported; }
    public void setFamilyFeltSupported(Boolean v) { this.familyFeltSupported = v; }
    public String getChildVoice() { return childVoice; }
    public void setChildVoice(String v) { this.childVoice = v; }
    public boolean isConsiderLegal() { return considerLegal; }
    public void setConsiderLegal(boolean v) { this.considerLegal = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { this.outcome = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
    public String getCloseOutcome() { return closeOutcome; }
    public void setCloseOutcome(String v) { this.closeOutcome = v; }
}

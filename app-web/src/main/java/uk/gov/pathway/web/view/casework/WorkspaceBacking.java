package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseDetail;
import uk.gov.pathway.casework.boundary.CaseRecords;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.boundary.GateNotMetException;
import uk.gov.pathway.casework.entity.Assessment;
import uk.gov.pathway.casework.entity.CaseOutcome;
import uk.gov.pathway.casework.entity.Contact;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.Review;
import uk.gov.pathway.casework.entity.ReviewOutcome;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * The case workspace: the gate to the next level and the moves (step up, step down, close), and Assess, Plan, Do,
 * Review with their lists, and the level history.
 */
@Named
@ViewScoped
public class WorkspaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Cases cases;

    @EJB
    transient CaseWork work;

    @Inject
    transient Clock clock;

    private Long id;
    private CaseDetail detail;
    private List<String> missing = List.of();
    private String overrideReason;
    private String stepDownReason;
    private String closeOutcome;
    private String closeNote;

    private LocalDate assessedOn;
    private String reasons;
    private String needsEducation;
    private String needsHealth;
    private String needsCare;
    private String assessmentChildVoice;
    private String alreadyTried;
    private String supportRequired;
    private String neededKind;
    private LocalDate neededDue;
    private String neededNotes;

    private LocalDate planOn;
    private PlanForm plan = new PlanForm();
    private final Map<Long, String> evidence = new HashMap<>();

    private String contactKind;
    private LocalDate contactOn;
    private String summary;
    private String contactNotes;
    private String attendees;
    private Boolean familyPresent;
    private Integer durationMinutes;
    private PlanForm meetingPlan = new PlanForm();

    private LocalDate reviewedOn;
    private Boolean familyFeltSupported;
    private String reviewChildVoice;
    private boolean considerLegal;
    private String reviewOutcome = ReviewOutcome.CONTINUE.name();
    private String reviewNotes;
    private String reviewCloseOutcome;

    public void load() {
        try {
            detail = work.detail(id == null ? -1 : id);
        } catch (NotVisibleException e) {
            detail = null;
            Feedback.notFound();
        }
        LocalDate today = LocalDate.now(clock);
        assessedOn = assessedOn == null ? today : assessedOn;
        planOn = planOn == null ? today : planOn;
        contactOn = contactOn == null ? today : contactOn;
        reviewedOn = reviewedOn == null ? today : reviewedOn;
    }

    private long caseId() {
        return detail.summary().id();
    }

    public void stepUp() {
        missing = List.of();
        if (Feedback.attempt("Stepped up to " + detail.nextLevel(), () -> {
            try {
                cases.stepUp(caseId(), overrideReason);
            } catch (GateNotMetException refused) {
                missing = refused.missingEvidence();
                throw refused;
            }
        })) {
            overrideReason = null;
        }
        load();
    }

    public void stepDown() {
        if (Feedback.attempt("Stepped down", () -> cases.stepDown(caseId(), stepDownReason))) {
            stepDownReason = null;
        }
        load();
    }

    public void close() {
        if (Feedback.attempt("The case is closed", () -> cases.close(caseId(), closeOutcome, closeNote))) {
            closeNote = null;
        }
        load();
    }

    public void recordAssessment() {
        List<CaseRecords.NeededAssessment> needed = neededKind == null || neededKind.isBlank() ? List.of()
                : List.of(new CaseRecords.NeededAssessment(neededKind, neededDue, neededNotes));
        if (Feedback.attempt("Assessment recorded", () -> work.recordAssessment(caseId(), new Assessment.Details(
                assessedOn, reasons, needsEducation, needsHealth, needsCare, assessmentChildVoice, alreadyTried,
                supportRequired), needed))) {
            reasons = needsEducation = needsHealth = needsCare = assessmentChildVoice = alreadyTried = null;
            supportRequired = neededKind = neededNotes = null;
            neededDue = null;
        }
        load();
    }

    public void completeAssessment(CaseDetail.NeededView needed) {
        Feedback.attempt(needed.kindLabel().replace(" completed", "") + " marked completed",
                () -> work.completeAssessment(caseId(), needed.id(), LocalDate.now(clock), null));
        load();
    }

    public void recordPlan() {
        if (Feedback.attempt("Plan recorded", () -> work.recordPlan(caseId(), plan.draft(planOn)))) {
            plan = new PlanForm();
        }
        load();
    }

    public void addPlanAction() {
        plan.addAction();
    }

    public void actionDone(CaseDetail.ActionView action) {
        if (Feedback.attempt("Action marked done: " + action.description(), () -> work.actionDone(caseId(),
                action.id(), LocalDate.now(clock), evidence.get(action.id()), action.version()))) {
            evidence.remove(action.id());
        }
        load();
    }

    public void recordContact() {
        if (Feedback.attempt("Recorded", () -> {
            EvidenceKind kind = EvidenceKind.of("kind", contactKind);
            CaseRecords.PlanDraft draft = meetingPlan.blank() ? null : meetingPlan.draft(contactOn);
            work.recordContact(caseId(), new Contact.Details(kind, contactOn, summary, contactNotes, attendees,
                    familyPresent, durationMinutes), draft);
        })) {
            summary = contactNotes = attendees = null;
            familyPresent = null;
            durationMinutes = null;
            meetingPlan = new PlanForm();
        }
        load();
    }

    public void addMeetingAction() {
        meetingPlan.addAction();
    }

    public void recordReview() {
        if (Feedback.attempt("Review recorded", () -> work.recordReview(caseId(), new Review.Details(reviewedOn,
                familyFeltSupported, reviewChildVoice, considerLegal, ReviewOutcome.valueOf(reviewOutcome),
                reviewNotes), reviewCloseOutcome == null || reviewCloseOutcome.isBlank() ? null : reviewCloseOutcome))) {
            reviewChildVoice = reviewNotes = reviewCloseOutcome = null;
            familyFeltSupported = null;
            considerLegal = false;
        }
        load();
    }

    public List<EvidenceKind> getContactKinds() {
        return Arrays.stream(EvidenceKind.values()).filter(EvidenceKind::contact).toList();
    }

    public List<EvidenceKind> getAssessmentKinds() {
        return Arrays.stream(EvidenceKind.values()).filter(EvidenceKind::assessment).toList();
    }

    public CaseOutcome[] getCaseOutcomes() {
        return CaseOutcome.values();
    }

    public ReviewOutcome[] getReviewOutcomes() {
        return ReviewOutcome.values();
    }

    public int getAimMaxMinutes() {
        return Contact.AIM_MAX_MINUTES;
    }

    public boolean isFound() {
        return detail != null;
    }

    public boolean isOpen() {
        return detail != null && "OPEN".equals(detail.summary().status());
    }

    public CaseDetail getDetail() { return detail; }
    public List<String> getMissing() { return missing; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { this.overrideReason = v; }
    public String getStepDownReason() { return stepDownReason; }
    public void setStepDownReason(String v) { this.stepDownReason = v; }
    public String getCloseOutcome() { return closeOutcome; }
    public void setCloseOutcome(String v) { this.closeOutcome = v; }
    public String getCloseNote() { return closeNote; }
    public void setCloseNote(String v) { this.closeNote = v; }
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
    public String getAssessmentChildVoice() { return assessmentChildVoice; }
    public void setAssessmentChildVoice(String v) { this.assessmentChildVoice = v; }
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
    public LocalDate getPlanOn() { return planOn; }
    public void setPlanOn(LocalDate v) { this.planOn = v; }
    public PlanForm getPlan() { return plan; }
    public Map<Long, String> getEvidence() { return evidence; }
    public String getContactKind() { return contactKind; }
    public void setContactKind(String v) { this.contactKind = v; }
    public LocalDate getContactOn() { return contactOn; }
    public void setContactOn(LocalDate v) { this.contactOn = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { this.summary = v; }
    public String getContactNotes() { return contactNotes; }
    public void setContactNotes(String v) { this.contactNotes = v; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String v) { this.attendees = v; }
    public Boolean getFamilyPresent() { return familyPresent; }
    public void setFamilyPresent(Boolean v) { this.familyPresent = v; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer v) { this.durationMinutes = v; }
    public PlanForm getMeetingPlan() { return meetingPlan; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate v) { this.reviewedOn = v; }
    public Boolean getFamilyFeltSupported() { return familyFeltSupported; }
    public void setFamilyFeltSupported(Boolean v) { this.familyFeltSupported = v; }
    public String getReviewChildVoice() { return reviewChildVoice; }
    public void setReviewChildVoice(String v) { this.reviewChildVoice = v; }
    public boolean isConsiderLegal() { return considerLegal; }
    public void setConsiderLegal(boolean v) { this.considerLegal = v; }
    public String getReviewOutcome() { return reviewOutcome; }
    public void setReviewOutcome(String v) { this.reviewOutcome = v; }
    public String getReviewNotes() { return reviewNotes; }
    public void setReviewNotes(String v) { this.reviewNotes = v; }
    public String getReviewCloseOutcome() { return reviewCloseOutcome; }
    public void setReviewCloseOutcome(String v) { this.reviewCloseOutcome = v; }
}

package uk.gov.pathway.web.view.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseRecords;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.entity.Contact;
import uk.gov.pathway.casework.entity.EvidenceKind;

/** The workspace's Do tab: a contact or meeting recorded, with the plan agreed at a meeting if there was one. */
@Named
@ViewScoped
public class ContactBacking extends WorkspaceForm {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseWork work;

    private String kind;
    private LocalDate on;
    private String summary;
    private String notes;
    private String attendees;
    private Boolean familyPresent;
    private Integer durationMinutes;
    private PlanForm meetingPlan = new PlanForm();

    @PostConstruct
    void startToday() {
        on = today();
    }

    public void record() {
        if (attempt("Recorded", () -> {
            EvidenceKind evidence = EvidenceKind.of("kind", kind);
            CaseRecords.PlanDraft draft = meetingPlan.blank() ? null : meetingPlan.draft(on);
            work.recordContact(caseId(), new Contact.Details(evidence, on, summary, notes, attendees,
                    familyPresent, durationMinutes), draft);
        })) {
            summary = notes = attendees = null;
            familyPresent = null;
            durationMinutes = null;
            meetingPlan = new PlanForm();
        }
    }

    public void addAction() {
        meetingPlan.addAction();
    }

    public List<EvidenceKind> getContactKinds() {
        return Arrays.stream(EvidenceKind.values()).filter(EvidenceKind::contact).toList();
    }

    public int getAimMaxMinutes() {
        return Contact.AIM_MAX_MINUTES;
    }

    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate v) { this.on = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { this.summary = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String v) { this.attendees = v; }
    public Boolean getFamilyPresent() { return familyPresent; }
    public void setFamilyPresent(Boolean v) { this.familyPresent = v; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer v) { this.durationMinutes = v; }
    public PlanForm getMeetingPlan() { return meetingPlan; }
}

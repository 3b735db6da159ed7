package uk.gov.pathway.web.view.legal;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionFiles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews;
import uk.gov.pathway.web.view.Download;

/**
 * One prosecution file, for the officer who builds it (officer/prosecution-file.xhtml: the parent, the s447
 * consideration, evidence, referral) and for Legal Services (legal/file.xhtml: the bundle, the review, hearings and
 * the outcome). What each may do is the boundary's to decide; the page offers what the file's status allows.
 */
@Named
@ViewScoped
public class ProsecutionFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProsecutionFiles files;

    private Long id;
    private ProsecutionViews.FileDetail file;
    /** Read when the officer's page asks (Legal Services' page never does: choosing the parent is the officer's). */
    private List<ProsecutionViews.ParentOption> parents;

    private Long carerId;
    private LocalDate s447On;
    private String s447Text;
    private String evidenceKind = "WITNESS_STATEMENT";
    private LocalDate evidenceOn;
    private String evidencePerson;
    private String evidenceLaestab;
    private String evidenceSummary;
    private String evidenceExhibits;

    private String decision = "ACCEPTED";
    private String needed;
    private String reasons;
    private LocalDate laidOn;

    private LocalDate hearingOn;
    private String court;
    private String plea;
    private String verdict;
    private BigDecimal fine;
    private BigDecimal costs;
    private BigDecimal surcharge;
    private Integer dischargeMonths;
    private Integer parentingOrderMonths;
    private String programme;
    private boolean esoDirection;

    public void load() {
        try {
            file = files.detail(id == null ? -1 : id);
            parents = null;
        } catch (NotVisibleException e) {
            file = null;
            LegalFeedback.notFound();
        }
    }

    public String parent() {
        LegalFeedback.attempt("The parent charged is recorded", () -> files.parent(id, carerId));
        return reload();
    }

    public String s447() {
        LegalFeedback.attempt("The s447 consideration is recorded", () -> files.considerS447(id, s447On, s447Text));
        return reload();
    }

    public String evidence() {
        if (LegalFeedback.attempt("Added to the file", () -> files.addEvidence(id, evidenceKind, evidenceOn, evidencePerson,
                evidenceLaestab, evidenceSummary, evidenceExhibits, null, null))) {
            evidencePerson = evidenceSummary = evidenceExhibits = evidenceLaestab = null;
        }
        return reload();
    }

    public String refer() {
        LegalFeedback.attempt("Referred to Legal Services with the bundle as it stands", () -> files.refer(id));
        return reload();
    }

    public String review() {
        List<String> items = needed == null ? List.of() : Arrays.stream(needed.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        LegalFeedback.attempt("Review recorded: " + decision, () -> files.review(id,
                new ProsecutionViews.Review(decision, items, reasons, laidOn)));
        return reload();
    }

    public String hearing() {
        LegalFeedback.attempt("Hearing recorded", () -> files.hearing(id, new ProsecutionViews.Hearing(hearingOn, court,
                plea, verdict, fine, costs, surcharge, dischargeMonths, parentingOrderMonths, programme,
                esoDirection, null, null)));
        return reload();
    }

    public void bundle() throws IOException {
        ProsecutionViews.Bundle bundle = files.bundle(id);
        Download.send(bundle.fileName(), "application/pdf", bundle.content());
    }

    private String reload() {
        load();
        return null;
    }

    public boolean isFound() { return file != null; }
    public boolean isEditable() { return file != null && (file.status().equals("OPEN") || file.status().equals("RETURNED")); }
    public boolean isReviewable() { return file != null && file.status().equals("REFERRED"); }
    public boolean isInCourt() { return file != null && file.status().equals("ACCEPTED"); }
    public ProsecutionViews.FileDetail getFile() { return file; }
    public List<ProsecutionViews.ParentOption> getParents() {
        if (parents == null) {
            parents = isEditable() ? files.parents(id) : List.of();
        }
        return parents;
    }
    public List<String> getEvidenceKinds() {
        return List.of("INTERVIEW_UNDER_CAUTION", "WITNESS_STATEMENT", "CERTIFICATE_S566", "UNUSED_MATERIAL");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCarerId() { return carerId; }
    public void setCarerId(Long v) { this.carerId = v; }
    public LocalDate getS447On() { return s447On; }
    public void setS447On(LocalDate v) { this.s447On = v; }
    public String getS447Text() { return s447Text; }
    public void setS447Text(String v) { this.s447Text = v; }
    public String getEvidenceKind() { return evidenceKind; }
    public void setEvidenceKind(String v) { this.evidenceKind = v; }
    public LocalDate getEvidenceOn() { return evidenceOn; }
    public void setEvidenceOn(LocalDate v) { this.evidenceOn = v; }
    public String getEvidencePerson() { return evidencePerson; }
    public void setEvidencePerson(String v) { this.evidencePerson = v; }
    public String getEvidenceLaestab() { return evidenceLaestab; }
    public void setEvidenceLaestab(String v) { this.evidenceLaestab = v; }
    public String getEvidenceSummary() { return evidenceSummary; }
    public void setEvidenceSummary(String v) { this.evidenceSummary = v; }
    public String getEvidenceExhibits() { return evidenceExhibits; }
    public void setEvidenceExhibits(String v) { this.evidenceExhibits = v; }
    public String getDecision() { return decision; }
    public void setDecision(String v) { this.decision = v; }
    public String getNeeded() { return needed; }
    public void setNeeded(String v) { this.needed = v; }
    public String getReasons() { return reasons; }
    public void setReasons(String v) { this.reasons = v; }
    public LocalDate getLaidOn() { return laidOn; }
    public void setLaidOn(LocalDate v) { this.laidOn = v; }
    public LocalDate getHearingOn() { return hearingOn; }
    public void setHearingOn(LocalDate v) { this.hearingOn = v; }
    public String getCourt() { return court; }
    public void setCourt(String v) { this.court = v; }
    public String getPlea() { return plea; }
    public void setPlea(String v) { this.plea = v; }
    public String getVerdict() { return verdict; }
    public void setVerdict(String v) { this.verdict = v; }
    public BigDecimal getFine() { return fine; }
    public void setFine(BigDecimal v) { this.fine = v; }
    public BigDecimal getCosts() { return costs; }
    public void setCosts(BigDecimal v) { this.costs = v; }
    public BigDecimal getSurcharge() { return surcharge; }
    public void setSurcharge(BigDecimal v) { this.surcharge = v; }
    public Integer getDischargeMonths() { return dischargeMonths; }
    public void setDischargeMonths(Integer v) { this.dischargeMonths = v; }
    public Integer getParentingOrderMonths() { return parentingOrderMonths; }
    public void setParentingOrderMonths(Integer v) { this.parentingOrderMonths = v; }
    public String getProgramme() { return programme; }
    public void setProgramme(String v) { this.programme = v; }
    public boolean isEsoDirection() { return esoDirection; }
    public void setEsoDirection(boolean v) { this.esoDirection = v; }
}

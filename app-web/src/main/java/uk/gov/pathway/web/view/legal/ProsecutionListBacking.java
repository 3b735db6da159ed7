package uk.gov.pathway.web.view.legal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionFiles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews;

/**
 * The prosecution files the caller sees: the officers' (officer/prosecution.xhtml, where a file is opened from the
 * pre-proceedings decision) and Legal Services' (legal/home.xhtml: only files referred to them).
 */
@Named
@ViewScoped
public class ProsecutionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProsecutionFiles files;

    private List<ProsecutionViews.FileRow> rows = List.of();

    private Long caseId;
    private String section = "444(1)";
    private String upns;
    private LocalDate from;
    private LocalDate to;
    private String decisionReference;
    private LocalDate decidedOn;

    @PostConstruct
    void load() {
        rows = files.rows(null);
    }

    /** Opens the file the pre-proceedings panel decided on, then shows it. */
    public String open() {
        List<String> children = upns == null ? List.of() : new ArrayList<>(List.of(upns.strip().split("[\\s,]+")));
        children.removeIf(String::isBlank);
        ProsecutionViews.FileDetail[] opened = new ProsecutionViews.FileDetail[1];
        if (LegalFeedback.attempt("Prosecution file opened", () -> opened[0] = files.openFromDecision(
                new ProsecutionViews.PreProceedingsDecision(caseId == null ? -1 : caseId, section, children, null,
                        from, to, decisionReference, decidedOn)))) {
            LegalFeedback.keepForRedirect();
            return "/officer/prosecution-file?faces-redirect=true&id=" + opened[0].id();
        }
        load();
        return null;
    }

    public List<ProsecutionViews.FileRow> getRows() { return rows; }
    public List<ProsecutionViews.FileRow> getWaiting() {
        return rows.stream().filter(r -> r.status().equals("REFERRED")).toList();
    }
    public List<ProsecutionViews.FileRow> getOthers() {
        return rows.stream().filter(r -> !r.status().equals("REFERRED")).toList();
    }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long v) { this.caseId = v; }
    public String getSection() { return section; }
    public void setSection(String v) { this.section = v; }
    public String getUpns() { return upns; }
    public void setUpns(String v) { this.upns = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { this.from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { this.to = v; }
    public String getDecisionReference() { return decisionReference; }
    public void setDecisionReference(String v) { this.decisionReference = v; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate v) { this.decidedOn = v; }
}

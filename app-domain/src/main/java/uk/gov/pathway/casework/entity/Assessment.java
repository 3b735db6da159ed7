package uk.gov.pathway.casework.entity;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Assess: the reasons preventing attendance, the child's needs across education, health and care, the child's voice,
 * what was already tried, and what support is required.
 */
@Entity
@Table(name = "case_assessment")
@NamedQuery(name = Assessment.OF_CASE,
        query = "SELECT a FROM Assessment a WHERE a.caseId = :caseId ORDER BY a.assessedOn DESC, a.id DESC")
public class Assessment {

    public static final String OF_CASE = "Assessment.ofCase";

    @Id
    @SequenceGenerator(name = "case_assessment_seq", sequenceName = "case_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_assessment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "reasons", nullable = false, length = 4000)
    private String reasons;

    @Column(name = "needs_education", length = 2000)
    private String needsEducation;

    @Column(name = "needs_health", length = 2000)
    private String needsHealth;

    @Column(name = "needs_care", length = 2000)
    private String needsCare;

    @Column(name = "child_voice", length = 4000)
    private String childVoice;

    @Column(name = "already_tried", length = 4000)
    private String alreadyTried;

    @Column(name = "support_required", length = 4000)
    private String supportRequired;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Assessment() {
    }

    public record Details(LocalDate assessedOn, String reasons, String needsEducation, String needsHealth,
                          String needsCare, String childVoice, String alreadyTried, String supportRequired) {
        public Details {
            if (assessedOn == null) {
                throw new IllegalArgumentException("assessedOn is required");
            }
            CaseFile.text("reasons", reasons, 4000, true);
            CaseFile.text("needsEducation", needsEducation, 2000, false);
            CaseFile.text("needsHealth", needsHealth, 2000, false);
            CaseFile.text("needsCare", needsCare, 2000, false);
            CaseFile.text("childVoice", childVoice, 4000, false);
            CaseFile.text("alreadyTried", alreadyTried, 4000, false);
            CaseFile.text("supportRequired", supportRequired, 4000, false);
        }
    }

    public Assessment(long caseId, Details d, String recordedBy) {
        this.caseId = caseId;
        this.assessedOn = d.assessedOn();
        this.reasons = d.reasons().strip();
        this.needsEducation = CaseFile.text("needsEducation", d.needsEducation(), 2000, false);
        this.needsHealth = CaseFile.text("needsHealth", d.needsHealth(), 2000, false);
        this.needsCare = CaseFile.text("needsCare", d.needsCare(), 2000, false);
        this.childVoice = CaseFile.text("childVoice", d.childVoice(), 4000, false);
        this.alreadyTried = CaseFile.text("alreadyTried", d.alreadyTried(), 4000, false);
        this.supportRequired = CaseFile.text("supportRequired", d.supportRequired(), 4000, false);
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public Details details() {
        return new Details(assessedOn, reasons, needsEducation, needsHealth, needsCare, childVoice, alreadyTried,
                supportRequired);
    }

    public String recordedBy() {
        return recordedBy;
    }
}

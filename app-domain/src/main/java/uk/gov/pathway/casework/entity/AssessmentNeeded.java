package uk.gov.pathway.casework.entity;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A further assessment the case needs (Early Help Assessment, Graded Care Profile, parenting assessment) by a date. */
@Entity
@Table(name = "case_assessment_needed")
@NamedQuery(name = AssessmentNeeded.OF_CASE,
        query = "SELECT a FROM AssessmentNeeded a WHERE a.caseId = :caseId ORDER BY a.dueOn, a.id")
@NamedQuery(name = AssessmentNeeded.COMPLETED_BY_KIND, query = "SELECT a.kind, COUNT(a) FROM AssessmentNeeded a"
        + " WHERE a.caseId = :caseId AND a.completedOn IS NOT NULL GROUP BY a.kind")
public class AssessmentNeeded {

    public static final String OF_CASE = "AssessmentNeeded.ofCase";
    public static final String COMPLETED_BY_KIND = "AssessmentNeeded.completedByKind";

    @Id
    @SequenceGenerator(name = "case_assessment_needed_seq", sequenceName = "case_assessment_needed_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_assessment_needed_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private EvidenceKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Version
    private long version;

    protected AssessmentNeeded() {
    }

    public AssessmentNeeded(long caseId, EvidenceKind kind, LocalDate dueOn, String notes) {
        if (kind == null || !kind.assessment()) {
            throw new IllegalArgumentException("kind must be EARLY_HELP_ASSESSMENT, GRADED_CARE_PROFILE or"
                    + " PARENTING_ASSESSMENT; got " + kind);
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("dueOn is required: by when the assessment must be done");
        }
        this.caseId = caseId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.notes = CaseFile.text("notes", notes, 2000, false);
    }

    public void complete(LocalDate on, String notes) {
        if (on == null) {
            throw new IllegalArgumentException("completedOn is required");
        }
        this.completedOn = on;
        if (notes != null && !notes.isBlank()) {
            this.notes = CaseFile.text("notes", notes, 2000, false);
        }
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String notes() {
        return notes;
    }
}

package uk.gov.pathway.casework.entity;

import java.math.BigDecimal;
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

/**
 * Review: did it work (attendance in the school weeks before the intervention against the weeks since, computed from
 * the marks), did the family feel supported, actions completed, the child's voice, whether to consider legal action;
 * and the outcome.
 */
@Entity
@Table(name = "case_review")
@NamedQuery(name = Review.OF_CASE, query = "SELECT r FROM Review r WHERE r.caseId = :caseId ORDER BY r.reviewedOn DESC, r.id DESC")
@NamedQuery(name = Review.COUNT_OF_CASE, query = "SELECT COUNT(r) FROM Review r WHERE r.caseId = :caseId")
@NamedQuery(name = Review.ALL, query = "SELECT r FROM Review r ORDER BY r.reviewedOn")
public class Review {

    public static final String OF_CASE = "Review.ofCase";
    public static final String COUNT_OF_CASE = "Review.countOfCase";
    public static final String ALL = "Review.all";

    @Id
    @SequenceGenerator(name = "case_review_seq", sequenceName = "case_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_review_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "intervention", nullable = false, length = 40)
    private EvidenceKind intervention;

    @Column(name = "before_from", nullable = false)
    private LocalDate beforeFrom;

    @Column(name = "before_to", nullable = false)
    private LocalDate beforeTo;

    @Column(name = "before_percent", precision = 4, scale = 1)
    private BigDecimal beforePercent;

    @Column(name = "after_from", nullable = false)
    private LocalDate afterFrom;

    @Column(name = "after_to", nullable = false)
    private LocalDate afterTo;

    @Column(name = "after_percent", precision = 4, scale = 1)
    private BigDecimal afterPercent;

    @Column(name = "family_felt_supported")
    private Boolean familyFeltSupported;

    @Column(name = "actions_completed", nullable = false)
    private int actionsCompleted;

    @Column(name = "actions_total", nullable = false)
    private int actionsTotal;

    @Column(name = "child_voice", length = 4000)
    private String childVoice;

    @Column(name = "consider_legal", nullable = false)
    private boolean considerLegal;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private ReviewOutcome outcome;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Review() {
    }

    /** The attendance of the weeks compared, as the review computed it. */
    public record Comparison(EvidenceKind intervention, LocalDate beforeFrom, LocalDate beforeTo, BigDecimal beforePercent,
                             LocalDate afterFrom, LocalDate afterTo, BigDecimal afterPercent) {
    }

    public record Details(LocalDate reviewedOn, Boolean familyFeltSupported, String childVoice, boolean considerLegal,
                          ReviewOutcome outcome, String notes) {
        public Details {
            if (reviewedOn == null) {
                throw new IllegalArgumentException("reviewedOn is required");
            }
            if (outcome == null) {
                throw new IllegalArgumentException("outcome is required: one of CONTINUE, EXTEND, STEP_UP, STEP_DOWN, CLOSE");
            }
            CaseFile.text("childVoice", childVoice, 4000, false);
            CaseFile.text("notes", notes, 4000, false);
        }
    }

    public Review(long caseId, Details d, Comparison c, int actionsCompleted, int actionsTotal, String recordedBy) {
        this.caseId = caseId;
        this.reviewedOn = d.reviewedOn();
        this.intervention = c.intervention();
        this.beforeFrom = c.beforeFrom();
        this.beforeTo = c.beforeTo();
        this.beforePercent = c.beforePercent();
        this.afterFrom = c.afterFrom();
        this.afterTo = c.afterTo();
        this.afterPercent = c.afterPercent();
        this.familyFeltSupported = d.familyFeltSupported();
        this.actionsCompleted = actionsCompleted;
        this.actionsTotal = actionsTotal;
        this.childVoice = CaseFile.text("childVoice", d.childVoice(), 4000, false);
        this.considerLegal = d.considerLegal();
        this.outcome = d.outcome();
        this.notes = CaseFile.text("notes", d.notes(), 4000, false);
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public Comparison comparison() {
        return new Comparison(intervention, beforeFrom, beforeTo, beforePercent, afterFrom, afterTo, afterPercent);
    }

    public Boolean familyFeltSupported() {
        return familyFeltSupported;
    }

    public int actionsCompleted() {
        return actionsCompleted;
    }

    public int actionsTotal() {
        return actionsTotal;
    }

    public String childVoice() {
        return childVoice;
    }

    public boolean considerLegal() {
        return considerLegal;
    }

    public ReviewOutcome outcome() {
        return outcome;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }
}

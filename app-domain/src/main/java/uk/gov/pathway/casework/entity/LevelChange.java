package uk.gov.pathway.casework.entity;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A case's move between levels (or its opening), with who decided and, for an override, why. */
@Entity
@Table(name = "case_level_change")
@NamedQuery(name = LevelChange.OF_CASE, query = "SELECT c FROM LevelChange c WHERE c.caseId = :caseId ORDER BY c.id")
public class LevelChange {

    public static final String OF_CASE = "LevelChange.ofCase";

    public enum Direction { OPENED, UP, DOWN, CLOSED }

    @Id
    @SequenceGenerator(name = "case_level_change_seq", sequenceName = "case_level_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_level_change_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @ManyToOne
    @JoinColumn(name = "from_level_id")
    private PathwayLevel from;

    @ManyToOne
    @JoinColumn(name = "to_level_id")
    private PathwayLevel to;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 20)
    private Direction direction;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Column(name = "missing_evidence", length = 2000)
    private String missingEvidence;

    protected LevelChange() {
    }

    public LevelChange(long caseId, PathwayLevel from, PathwayLevel to, Direction direction, LocalDate on, String by,
                       String reason, String overrideReason, String missingEvidence) {
        this.caseId = caseId;
        this.from = from;
        this.to = to;
        this.direction = direction;
        this.changedOn = on;
        this.changedBy = by;
        this.reason = CaseFile.text("reason", reason, 2000, false);
        this.overrideReason = CaseFile.text("override reason", overrideReason, 2000, false);
        this.missingEvidence = missingEvidence == null || missingEvidence.length() <= 2000 ? missingEvidence
                : missingEvidence.substring(0, 1997) + "...";
    }

    public Long id() {
        return id;
    }

    public PathwayLevel from() {
        return from;
    }

    public PathwayLevel to() {
        return to;
    }

    public Direction direction() {
        return direction;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public String changedBy() {
        return changedBy;
    }

    public String reason() {
        return reason;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String missingEvidence() {
        return missingEvidence;
    }
}

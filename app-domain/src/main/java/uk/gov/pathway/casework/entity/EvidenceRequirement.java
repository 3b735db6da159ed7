package uk.gov.pathway.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row of a level's step-up gate: at least {@code minCount} records of {@code kind} on the case. */
@Entity
@Table(name = "pathway_evidence")
public class EvidenceRequirement {

    @Id
    @SequenceGenerator(name = "pathway_evidence_seq", sequenceName = "pathway_evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pathway_evidence_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level_id")
    private PathwayLevel level;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private EvidenceKind kind;

    @Column(name = "label", nullable = false, length = 300)
    private String label;

    @Column(name = "min_count", nullable = false)
    private int minCount;

    protected EvidenceRequirement() {
    }

    EvidenceRequirement(PathwayLevel level, int position, EvidenceKind kind, String label, int minCount) {
        this.level = level;
        this.position = position;
        this.kind = kind;
        this.label = label;
        this.minCount = minCount;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public int minCount() {
        return minCount;
    }
}

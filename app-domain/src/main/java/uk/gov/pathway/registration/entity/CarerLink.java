package uk.gov.pathway.registration.entity;

import java.util.Objects;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A carer of a child: how related, whether they hold parental responsibility, whether the child lives with them. */
@Entity
@Table(name = "carer_link")
@NamedQuery(name = CarerLink.OF_PUPIL, query = "select l from CarerLink l join fetch l.carer where l.pupil = :pupil")
@NamedQuery(name = CarerLink.CHILDREN_OF, query = "select distinct l.pupil from CarerLink l where l.carer in :carers and l.pupil <> :pupil")
public class CarerLink {

    public static final String OF_PUPIL = "CarerLink.ofPupil";
    public static final String CHILDREN_OF = "CarerLink.childrenOf";

    @Id
    @SequenceGenerator(name = "carer_link_seq", sequenceName = "carer_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carer_link_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "carer_id")
    private Carer carer;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, length = 20)
    private Relationship relationship;

    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;

    @Column(name = "lives_with", nullable = false)
    private boolean livesWith;

    @Version
    private long version;

    protected CarerLink() {
    }

    public CarerLink(Pupil pupil, Carer carer, Relationship relationship, boolean parentalResponsibility, boolean livesWith) {
        this.pupil = Objects.requireNonNull(pupil);
        this.carer = Objects.requireNonNull(carer);
        describe(relationship, parentalResponsibility, livesWith);
    }

    public final void describe(Relationship relationship, boolean parentalResponsibility, boolean livesWith) {
        this.relationship = Objects.requireNonNull(relationship, "relationship");
        this.parentalResponsibility = parentalResponsibility;
        this.livesWith = livesWith;
    }

    public Pupil pupil() {
        return pupil;
    }

    public Carer carer() {
        return carer;
    }

    public Relationship relationship() {
        return relationship;
    }

    public boolean parentalResponsibility() {
        return parentalResponsibility;
    }

    public boolean livesWith() {
        return livesWith;
    }
}

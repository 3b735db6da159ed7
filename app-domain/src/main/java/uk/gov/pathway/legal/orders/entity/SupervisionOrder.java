package uk.gov.pathway.legal.orders.entity;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An Education Supervision Order (Children Act 1989 s36) for a child of a case: the consultation with children's
 * services before the application (s36(8)), the application and hearing, the order the Family Court made, the
 * supervising officer and their directions (with the child's and the parents' wishes), its term
 * ({@link SupervisionTerm}), extensions and its early end. The case and the child are other modules': their ids only.
 */
@Entity
@Table(name = "legal_supervision_order")
@NamedQuery(name = SupervisionOrder.OF_PUPIL,
        query = "select o from SupervisionOrder o where o.pupilId = :pupil order by o.madeOn, o.id")
@NamedQuery(name = SupervisionOrder.OF_CASE,
        query = "select o from SupervisionOrder o where o.caseId = :caseId order by o.madeOn, o.id")
@NamedQuery(name = SupervisionOrder.OF_PUPILS,
        query = "select o from SupervisionOrder o where o.pupilId in :pupils order by o.madeOn, o.id")
public class SupervisionOrder {

    public static final String OF_PUPIL = "SupervisionOrder.ofPupil";
    public static final String OF_CASE = "SupervisionOrder.ofCase";
    public static final String OF_PUPILS = "SupervisionOrder.ofPupils";

    @Id
    @SequenceGenerator(name = "legal_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "consulted_on")
    private LocalDate consultedOn;

    @Column(name = "consultation", length = 4000)
    private String consultation;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(name = "heard_on")
    private LocalDate heardOn;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "extension_window_opens")
    private LocalDate extensionWindowOpens;

    @Column(name = "ends_with_compulsory_age", nullable = false)
    private boolean endsWithCompulsoryAge;

    @Column(name = "supervising_officer", nullable = false, length = 100)
    private String supervisingOfficer;

    @Column(name = "directions", length = 4000)
    private String directions;

    @Column(name = "wishes", length = 4000)
    private String wishes;

    @Column(name = "extensions", nullable = false)
    private int extensions;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SupervisionOrder() {
    }

    /** The facts of an order as the officer records them. */
    public record Details(LocalDate consultedOn, String consultation, LocalDate appliedOn, LocalDate heardOn,
                          String supervisingOfficer, String directions, String wishes) {
    }

    public SupervisionOrder(long caseId, long pupilId, SupervisionTerm term, Details details, String createdBy,
                            Instant createdAt) {
        this.caseId = caseId;
        this.pupilId = pupilId;
        this.consultedOn = details.consultedOn();
        this.consultation = details.consultation();
        this.appliedOn = details.appliedOn();
        this.heardOn = details.heardOn();
        this.supervisingOfficer = details.supervisingOfficer();
        this.directions = details.directions();
        this.wishes = details.wishes();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        apply(term);
    }

    private void apply(SupervisionTerm term) {
        this.madeOn = term.madeOn();
        this.endsOn = term.endsOn();
        this.extensionWindowOpens = term.extensionWindowOpens();
        this.endsWithCompulsoryAge = term.endsWithCompulsoryAge();
    }

    /** The term as it stands (made, extended). */
    public SupervisionTerm term() {
        return new SupervisionTerm(madeOn, endsOn, extensionWindowOpens, endsWithCompulsoryAge);
    }

    public void extend(SupervisionTerm extended) {
        apply(extended);
        extensions++;
    }

    /** Ended before its term (a care order, the court discharged it). */
    public void end(LocalDate on, String reason) {
        this.endedOn = on;
        this.endReason = reason;
    }

    public void directions(String directions, String wishes) {
        this.directions = directions;
        this.wishes = wishes;
    }

    /** The days it runs: from the day made to its end, or the day it was ended early. */
    public OrderPeriod period() {
        LocalDate last = endedOn != null && endedOn.isBefore(endsOn) ? endedOn : endsOn;
        return new OrderPeriod(madeOn, last);
    }

    /** RUNNING on {@code day}, ENDED after, or ENDED_EARLY. */
    public String status(LocalDate day) {
        if (endedOn != null && !endedOn.isAfter(day)) {
            return "ENDED_EARLY";
        }
        return day.isAfter(endsOn) ? "ENDED" : "RUNNING";
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public long pupilId() { return pupilId; }
    public LocalDate consultedOn() { return consultedOn; }
    public String consultation() { return consultation; }
    public LocalDate appliedOn() { return appliedOn; }
    public LocalDate heardOn() { return heardOn; }
    public LocalDate madeOn() { return madeOn; }
    public LocalDate endsOn() { return endsOn; }
    public LocalDate extensionWindowOpens() { return extensionWindowOpens; }
    public boolean endsWithCompulsoryAge() { return endsWithCompulsoryAge; }
    public String supervisingOfficer() { return supervisingOfficer; }
    public String directions() { return directions; }
    public String wishes() { return wishes; }
    public int extensions() { return extensions; }
    public LocalDate endedOn() { return endedOn; }
    public String endReason() { return endReason; }
    public String createdBy() { return createdBy; }
    public long version() { return version; }
}

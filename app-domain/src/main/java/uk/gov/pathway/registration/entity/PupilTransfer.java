package uk.gov.pathway.registration.entity;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * A child's move to another school in year. A school lead's pupils file that names a child on roll elsewhere asks for
 * it; the council confirms or refuses it (or records it at once by importing the row itself). Until confirmed the new
 * school sees nothing of the child. The school's own naming of the child is kept so the council can check that the
 * school knows the child it names.
 */
@Entity
@Table(name = "pupil_transfer")
@NamedQuery(name = PupilTransfer.PENDING, query = "select t from PupilTransfer t join fetch t.pupil"
        + " join fetch t.toSchool left join fetch t.fromSchool where t.status = uk.gov.pathway.registration.entity"
        + ".TransferStatus.PENDING order by t.requestedAt, t.id")
@NamedQuery(name = PupilTransfer.PENDING_OF, query = "select t from PupilTransfer t where t.pupil = :pupil"
        + " and t.toSchool = :school and t.status = uk.gov.pathway.registration.entity.TransferStatus.PENDING")
public class PupilTransfer {

    public static final String PENDING = "PupilTransfer.pending";
    public static final String PENDING_OF = "PupilTransfer.pendingOf";

    @Id
    @SequenceGenerator(name = "pupil_transfer_seq", sequenceName = "pupil_transfer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pupil_transfer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_school_id")
    private School toSchool;

    /** The school the child was on roll at when the move was asked for; null when none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_school_id")
    private School fromSchool;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private TransferStatus status;

    @Column(name = "named_forename", nullable = false, length = 100)
    private String namedForename;

    @Column(name = "named_surname", nullable = false, length = 100)
    private String namedSurname;

    @Column(name = "named_date_of_birth", nullable = false)
    private LocalDate namedDateOfBirth;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason", length = 500)
    private String refusalReason;

    @Version
    private long version;

    protected PupilTransfer() {
    }

    /** A move the new school asks for, from the row of its pupils file ({@code named}: the child as the file names them). */
    public PupilTransfer(Pupil pupil, School toSchool, School fromSchool, LocalDate startDate, PupilDetails named,
                         String requestedBy, Instant requestedAt, String source) {
        this.pupil = Objects.requireNonNull(pupil);
        this.toSchool = Objects.requireNonNull(toSchool);
        this.fromSchool = fromSchool;
        this.status = TransferStatus.PENDING;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.source = source.length() > 200 ? source.substring(0, 200) : source;
        askAgain(startDate, named);
    }

    /** The school sent the row again: its newest start date and naming of the child count. */
    public void askAgain(LocalDate startDate, PupilDetails named) {
        requirePending();
        this.startDate = Objects.requireNonNull(startDate, "start date");
        this.namedForename = named.forename();
        this.namedSurname = named.surname();
        this.namedDateOfBirth = named.dateOfBirth();
    }

    /** The council confirms the move, from the requested day or the one it gives. */
    public void confirm(LocalDate startDate, String by, Instant at) {
        requirePending();
        this.startDate = Objects.requireNonNull(startDate, "start date");
        this.status = TransferStatus.CONFIRMED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void refuse(String reason, String by, Instant at) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must say why the transfer is refused");
        }
        String stripped = reason.strip();
        this.refusalReason = stripped.length() > 500 ? stripped.substring(0, 500) : stripped;
        this.status = TransferStatus.REFUSED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isPending() {
        return status == TransferStatus.PENDING;
    }

    private void requirePending() {
        if (status != TransferStatus.PENDING) {
            throw new IllegalStateException("Transfer " + id + " was already " + status.name().toLowerCase());
        }
    }

    public Long id() {
        return id;
    }

    public Pupil pupil() {
        return pupil;
    }

    public School toSchool() {
        return toSchool;
    }

    public School fromSchool() {
        return fromSchool;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public TransferStatus status() {
        return status;
    }

    public String namedForename() {
        return namedForename;
    }

    public String namedSurname() {
        return namedSurname;
    }

    public LocalDate namedDateOfBirth() {
        return namedDateOfBirth;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String source() {
        return source;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public long version() {
        return version;
    }
}

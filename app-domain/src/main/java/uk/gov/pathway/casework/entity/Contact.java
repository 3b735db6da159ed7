package uk.gov.pathway.casework.entity;

import java.time.Instant;
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
 * Do: a call, letter, home visit, referral to a service, or a meeting (in school, TAF, AIM, inter-agency) with who
 * attended, whether the family came, how long it took and its minutes. These are the evidence the gates count.
 */
@Entity
@Table(name = "case_contact")
@NamedQuery(name = Contact.OF_CASE,
        query = "SELECT c FROM Contact c WHERE c.caseId = :caseId ORDER BY c.occurredOn DESC, c.id DESC")
@NamedQuery(name = Contact.COUNT_BY_KIND,
        query = "SELECT c.kind, COUNT(c) FROM Contact c WHERE c.caseId = :caseId GROUP BY c.kind")
@NamedQuery(name = Contact.OF_KINDS,
        query = "SELECT c FROM Contact c WHERE c.kind IN :kinds ORDER BY c.occurredOn")
public class Contact {

    public static final String OF_CASE = "Contact.ofCase";
    public static final String COUNT_BY_KIND = "Contact.countByKind";
    public static final String OF_KINDS = "Contact.ofKinds";

    /** An Attendance Improvement Meeting should be solution-focused: no longer than an hour (Knowsley handbook). */
    public static final int AIM_MAX_MINUTES = 60;

    @Id
    @SequenceGenerator(name = "case_contact_seq", sequenceName = "case_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_contact_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private EvidenceKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "summary", nullable = false, length = 500)
    private String summary;

    @Column(name = "notes", length = 8000)
    private String notes;

    @Column(name = "attendees", length = 1000)
    private String attendees;

    @Column(name = "family_present")
    private Boolean familyPresent;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Contact() {
    }

    /** What a person records; validated here so that every entry point gives the same errors. */
    public record Details(EvidenceKind kind, LocalDate occurredOn, String summary, String notes, String attendees,
                          Boolean familyPresent, Integer durationMinutes) {
        public Details {
            if (kind == null || !kind.contact()) {
                throw new IllegalArgumentException("kind must be a kind of contact or meeting; got " + kind);
            }
            if (occurredOn == null) {
                throw new IllegalArgumentException("date (when it happened) is required");
            }
            CaseFile.text("summary", summary, 500, true);
            CaseFile.text("notes", notes, 8000, false);
            CaseFile.text("attendees", attendees, 1000, false);
            if (kind.meeting()) {
                if (attendees == null || attendees.isBlank()) {
                    throw new IllegalArgumentException("attendees: a meeting records who attended");
                }
                if (familyPresent == null) {
                    throw new IllegalArgumentException("familyPresent: a meeting records whether the family attended");
                }
            }
            if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > 600)) {
                throw new IllegalArgumentException("durationMinutes must be 1 to 600; got " + durationMinutes);
            }
            if (kind == EvidenceKind.AIM_MEETING && (durationMinutes == null || durationMinutes > AIM_MAX_MINUTES)) {
                throw new IllegalArgumentException("durationMinutes: an Attendance Improvement Meeting lasts at most "
                        + AIM_MAX_MINUTES + " minutes; got " + durationMinutes);
            }
        }
    }

    public Contact(long caseId, Details d, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.kind = d.kind();
        this.occurredOn = d.occurredOn();
        this.summary = d.summary().strip();
        this.notes = CaseFile.text("notes", d.notes(), 8000, false);
        this.attendees = CaseFile.text("attendees", d.attendees(), 1000, false);
        this.familyPresent = d.familyPresent();
        this.durationMinutes = d.durationMinutes();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
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

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String summary() {
        return summary;
    }

    public String notes() {
        return notes;
    }

    public String attendees() {
        return attendees;
    }

    public Boolean familyPresent() {
        return familyPresent;
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

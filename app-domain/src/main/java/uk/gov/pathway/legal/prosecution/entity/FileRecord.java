package uk.gov.pathway.legal.prosecution.entity;

import java.math.BigDecimal;
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
 * A record of a prosecution file: what the officer gathers (an interview under caution, a witness statement under s9
 * Criminal Justice Act 1967 with its exhibits, a headteacher's s566 certificate for a school, an item of unused
 * material), Legal Services' reviews, and the hearings with plea, verdict and sentence. Written once, never changed.
 */
@Entity
@Table(name = "legal_file_record")
@NamedQuery(name = FileRecord.OF_FILE, query = "select r from FileRecord r where r.fileId = :fileId order by r.occurredOn, r.id")
public class FileRecord {

    public static final String OF_FILE = "FileRecord.ofFile";

    public enum Kind {
        INTERVIEW_UNDER_CAUTION("Interview under caution (PACE Code C)"),
        WITNESS_STATEMENT("Witness statement (s9 Criminal Justice Act 1967)"),
        CERTIFICATE_S566("Certificate of attendance (s566 Education Act 1996)"),
        UNUSED_MATERIAL("Unused material (CPIA 1996)"),
        REVIEW("Legal Services' review"),
        HEARING("Hearing");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What an officer records: who, when, what, the school (a certificate), the exhibits (a statement). */
    public record Evidence(Kind kind, LocalDate on, String person, String laestab, String summary, String exhibits,
                           Long documentId) {
    }

    /** A hearing's outcome; every part may be missing until it is known. */
    public record Hearing(LocalDate on, String court, String plea, String verdict, BigDecimal fine, BigDecimal costs,
                          BigDecimal surcharge, Integer dischargeMonths, Integer parentingOrderMonths, String programme,
                          Boolean esoDirection, LocalDate nextHearingOn, String notes) {
    }

    @Id
    @SequenceGenerator(name = "legal_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_seq")
    private Long id;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "person", length = 200)
    private String person;

    @Column(name = "laestab", length = 7)
    private String laestab;

    @Column(name = "summary", length = 8000)
    private String summary;

    @Column(name = "exhibits", length = 4000)
    private String exhibits;

    @Column(name = "decision", length = 12)
    private String decision;

    @Column(name = "needed", length = 4000)
    private String needed;

    @Column(name = "plea", length = 20)
    private String plea;

    @Column(name = "verdict", length = 20)
    private String verdict;

    @Column(name = "fine", precision = 9, scale = 2)
    private BigDecimal fine;

    @Column(name = "costs", precision = 9, scale = 2)
    private BigDecimal costs;

    @Column(name = "surcharge", precision = 9, scale = 2)
    private BigDecimal surcharge;

    @Column(name = "discharge_months")
    private Integer dischargeMonths;

    @Column(name = "parenting_order_months")
    private Integer parentingOrderMonths;

    @Column(name = "programme", length = 1000)
    private String programme;

    @Column(name = "eso_direction")
    private Boolean esoDirection;

    @Column(name = "next_hearing_on")
    private LocalDate nextHearingOn;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FileRecord() {
    }

    private FileRecord(long fileId, Kind kind, LocalDate on, String recordedBy, Instant recordedAt) {
        this.fileId = fileId;
        this.kind = kind;
        this.occurredOn = on;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public static FileRecord evidence(long fileId, Evidence e, String by, Instant at) {
        FileRecord r = new FileRecord(fileId, e.kind(), e.on(), by, at);
        r.person = e.person();
        r.laestab = e.laestab();
        r.summary = e.summary();
        r.exhibits = e.exhibits();
        r.documentId = e.documentId();
        return r;
    }

    public static FileRecord review(long fileId, LocalDate on, String decision, String needed, String reasons,
                                    LocalDate laidOn, String by, Instant at) {
        FileRecord r = new FileRecord(fileId, Kind.REVIEW, on, by, at);
        r.decision = decision;
        r.needed = needed;
        r.summary = reasons;
        r.nextHearingOn = laidOn;
        return r;
    }

    public static FileRecord hearing(long fileId, Hearing h, String by, Instant at) {
        FileRecord r = new FileRecord(fileId, Kind.HEARING, h.on(), by, at);
        r.person = h.court();
        r.plea = h.plea();
        r.verdict = h.verdict();
        r.fine = h.fine();
        r.costs = h.costs();
        r.surcharge = h.surcharge();
        r.dischargeMonths = h.dischargeMonths();
        r.parentingOrderMonths = h.parentingOrderMonths();
        r.programme = h.programme();
        r.esoDirection = h.esoDirection();
        r.nextHearingOn = h.nextHearingOn();
        r.summary = h.notes();
        return r;
    }

    public Long id() { return id; }
    public long fileId() { return fileId; }
    public Kind kind() { return kind; }
    public LocalDate occurredOn() { return occurredOn; }
    public String person() { return person; }
    public String laestab() { return laestab; }
    public String summary() { return summary; }
    public String exhibits() { return exhibits; }
    public String decision() { return decision; }
    public String needed() { return needed; }
    public String plea() { return plea; }
    public String verdict() { return verdict; }
    public BigDecimal fine() { return fine; }
    public BigDecimal costs() { return costs; }
    public BigDecimal surcharge() { return surcharge; }
    public Integer dischargeMonths() { return dischargeMonths; }
    public Integer parentingOrderMonths() { return parentingOrderMonths; }
    public String programme() { return programme; }
    public Boolean esoDirection() { return esoDirection; }
    public LocalDate nextHearingOn() { return nextHearingOn; }
    public Long documentId() { return documentId; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}

package uk.gov.pathway.legal.prosecution.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A prosecution file for an offence under s444(1) or s444(1A) Education Act 1996, per parent, for the children of a
 * case and the period charged, opened from the pre-proceedings decision; the limit for laying the information
 * ({@link LayingLimit}); the s447 consideration; then Legal Services' review and the court's outcome.
 */
@Entity
@Table(name = "legal_prosecution_file")
@NamedQuery(name = ProsecutionFile.ALL, query = "select f from ProsecutionFile f order by f.id")
@NamedQuery(name = ProsecutionFile.REFERRED, query = "select f from ProsecutionFile f where f.status <> :open order by f.id")
@NamedQuery(name = ProsecutionFile.OF_CASE, query = "select f from ProsecutionFile f where f.caseId = :caseId order by f.id")
public class ProsecutionFile {

    public static final String ALL = "ProsecutionFile.all";
    public static final String REFERRED = "ProsecutionFile.referred";
    public static final String OF_CASE = "ProsecutionFile.ofCase";

    /** The offences: s444(1) failing to secure regular attendance; s444(1A) knowingly failing. */
    public static final List<String> SECTIONS = List.of("444(1)", "444(1A)");

    @Id
    @SequenceGenerator(name = "legal_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "section", nullable = false, length = 8)
    private String section;

    @Column(name = "carer_id")
    private Long carerId;

    @Column(name = "carer_name", length = 200)
    private String carerName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "legal_prosecution_file_pupil", joinColumns = @JoinColumn(name = "file_id"))
    @Column(name = "pupil_id")
    private Set<Long> pupilIds = new LinkedHashSet<>();

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "lay_by", nullable = false)
    private LocalDate layBy;

    @Column(name = "warn_on")
    private LocalDate warnOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private FileStatus status;

    @Column(name = "decision_reference", length = 200)
    private String decisionReference;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "s447_considered_on")
    private LocalDate s447ConsideredOn;

    @Column(name = "s447_consideration", length = 4000)
    private String s447Consideration;

    @Column(name = "referred_on")
    private LocalDate referredOn;

    @Column(name = "referrals", nullable = false)
    private int referrals;

    @Column(name = "laid_on")
    private LocalDate laidOn;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected ProsecutionFile() {
    }

    public ProsecutionFile(long caseId, String section, Long carerId, String carerName, Set<Long> pupilIds, LocalDate from, LocalDate to,
                           LocalDate layBy, LocalDate warnOn, String decisionReference, LocalDate decidedOn,
                           String openedBy, Instant openedAt) {
        this.caseId = caseId;
        this.section = section;
        this.carerId = carerId;
        this.carerName = carerName;
        this.pupilIds.addAll(pupilIds);
        this.periodFrom = from;
        this.periodTo = to;
        this.layBy = layBy;
        this.warnOn = warnOn;
        this.decisionReference = decisionReference;
        this.decidedOn = decidedOn;
        this.status = FileStatus.OPEN;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public void considerS447(LocalDate on, String consideration) {
        this.s447ConsideredOn = on;
        this.s447Consideration = consideration;
    }

    public void refer(LocalDate on) {
        this.status = FileStatus.REFERRED;
        this.referredOn = on;
        this.referrals++;
    }

    public void returned() {
        this.status = FileStatus.RETURNED;
    }

    public void accepted(LocalDate laidOn) {
        this.status = FileStatus.ACCEPTED;
        this.laidOn = laidOn;
    }

    public void declined() {
        this.status = FileStatus.DECLINED;
    }

    public void concluded(LocalDate on) {
        this.status = FileStatus.CONCLUDED;
        this.concludedOn = on;
    }

    /** The parent charged, once known (a file is per parent). */
    public void carer(Long carerId, String carerName) {
        this.carerId = carerId;
        this.carerName = carerName;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public String section() { return section; }
    public Long carerId() { return carerId; }
    public String carerName() { return carerName; }
    public Set<Long> pupilIds() { return Set.copyOf(pupilIds); }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public LocalDate layBy() { return layBy; }
    public LocalDate warnOn() { return warnOn; }

    /** The warning before the laying limit, dated once the school calendar reached it. */
    public void warnOn(LocalDate day) {
        this.warnOn = day;
    }
    public FileStatus status() { return status; }
    public String decisionReference() { return decisionReference; }
    public LocalDate decidedOn() { return decidedOn; }
    public LocalDate s447ConsideredOn() { return s447ConsideredOn; }
    public String s447Consideration() { return s447Consideration; }
    public LocalDate referredOn() { return referredOn; }
    public int referrals() { return referrals; }
    public LocalDate laidOn() { return laidOn; }
    public LocalDate concludedOn() { return concludedOn; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public long version() { return version; }
}

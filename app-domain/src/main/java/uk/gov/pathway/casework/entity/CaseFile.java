package uk.gov.pathway.casework.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A case: one child, or siblings worked together (at different schools too), on a level of a pathway model, allocated
 * to an officer. The children are registration's; the case holds their ids.
 */
@Entity
@Table(name = "case_file")
@NamedQuery(name = CaseFile.OF_PUPIL,
        query = "SELECT c FROM CaseFile c WHERE :pupil MEMBER OF c.pupilIds ORDER BY c.openedOn DESC, c.id DESC")
@NamedQuery(name = CaseFile.OPEN, query = "SELECT c FROM CaseFile c WHERE c.status = :status ORDER BY c.id")
@NamedQuery(name = CaseFile.OPEN_OF_OFFICER,
        query = "SELECT c FROM CaseFile c WHERE c.status = :status AND c.officer = :officer ORDER BY c.id")
public class CaseFile {

    public static final String OF_PUPIL = "CaseFile.ofPupil";
    public static final String OPEN = "CaseFile.withStatus";
    public static final String OPEN_OF_OFFICER = "CaseFile.withStatusOfOfficer";

    @Id
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id")
    private PathwayModel model;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level_id")
    private PathwayLevel level;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_pupil", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "pupil_id")
    private Set<Long> pupilIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "referrer", length = 200)
    private String referrer;

    @Column(name = "officer", length = 100)
    private String officer;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "level_since", nullable = false)
    private LocalDate levelSince;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 40)
    private CaseOutcome outcome;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(PathwayLevel level, List<Long> pupilIds, String reason, String referrer, String officer,
                    LocalDate openedOn, String openedBy) {
        if (pupilIds == null || pupilIds.isEmpty()) {
            throw new IllegalArgumentException("A case needs at least one child");
        }
        this.model = level.model();
        this.level = level;
        this.pupilIds.addAll(pupilIds);
        this.reason = text("reason", reason, 2000, true);
        this.referrer = text("referrer", referrer, 200, false);
        this.officer = officer;
        this.openedOn = openedOn;
        this.openedBy = openedBy;
        this.levelSince = openedOn;
        this.status = CaseStatus.OPEN;
    }

    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters (" + stripped.length()
                    + ")");
        }
        return stripped;
    }

    public void moveTo(PathwayLevel next, LocalDate on) {
        requireOpen();
        this.level = next;
        this.levelSince = on;
    }

    public void allocate(String officer) {
        requireOpen();
        this.officer = officer;
    }

    public void addChild(long pupilId) {
        requireOpen();
        pupilIds.add(pupilId);
    }

    public void close(CaseOutcome outcome, String note, LocalDate on) {
        requireOpen();
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required to close a case");
        }
        this.outcome = outcome;
        this.closingNote = text("note", note, 2000, false);
        this.closedOn = on;
        this.status = CaseStatus.CLOSED;
    }

    public void requireOpen() {
        if (status != CaseStatus.OPEN) {
            throw new IllegalArgumentException("Case " + id + " is closed (" + closedOn + "); reopen by opening a new case");
        }
    }

    public Long id() {
        return id;
    }

    public PathwayModel model() {
        return model;
    }

    public PathwayLevel level() {
        return level;
    }

    public Set<Long> pupilIds() {
        return Set.copyOf(pupilIds);
    }

    public CaseStatus status() {
        return status;
    }

    public boolean open() {
        return status == CaseStatus.OPEN;
    }

    public String reason() {
        return reason;
    }

    public String referrer() {
        return referrer;
    }

    public String officer() {
        return officer;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public String openedBy() {
        return openedBy;
    }

    public LocalDate levelSince() {
        return levelSince;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public String closingNote() {
        return closingNote;
    }

    public long version() {
        return version;
    }
}

package uk.gov.pathway.kernel.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import jakarta.persistence.Version;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * A letter made for a case from a template, and whether and how it was sent. Its PDF is a {@link LetterDocument} with
 * the same id. The case is casework's; the letter keeps only its id.
 */
@Entity
@Table(name = "letter")
@NamedQuery(name = Letter.OF_CASE, query = "select l from Letter l where l.caseId = :caseId order by l.createdAt, l.id")
@NamedQuery(name = Letter.OF_SUBJECT, query = "select l from Letter l where l.subjectType = :type and l.subjectId = :id order by l.createdAt, l.id")
public class Letter {

    public static final String OF_CASE = "Letter.ofCase";
    public static final String OF_SUBJECT = "Letter.ofSubject";

    @Id
    @SequenceGenerator(name = "letter_seq", sequenceName = "letter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_seq")
    private Long id;

    /** The case it belongs to; null for a letter about another module's subject (V72). */
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "subject_type", length = 40)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    /** The carer it is addressed to, when the maker named one. */
    @Column(name = "carer_id")
    private Long carerId;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "template_code", nullable = false, length = 40)
    private String templateCode;

    @Column(name = "template_version", nullable = false)
    private long templateVersion;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "sent_method", length = 10)
    private SentMethod sentMethod;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "sent_by", length = 100)
    private String sentBy;

    @Version
    private long version;

    protected Letter() {
    }

    public Letter(long caseId, long pupilId, LetterTemplate template, String createdBy, Instant createdAt) {
        this(caseId, null, null, null, pupilId, template, createdBy, createdAt);
    }

    /** A letter about a case ({@code caseId} above 0) or about another module's subject, to a named carer or not. */
    public Letter(long caseId, String subjectType, Long subjectId, Long carerId, long pupilId, LetterTemplate template,
                  String createdBy, Instant createdAt) {
        this.caseId = caseId > 0 ? caseId : null;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.carerId = carerId;
        this.pupilId = pupilId;
        this.templateCode = template.code();
        this.templateVersion = template.version();
        this.title = template.name();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Records that the letter was sent, or corrects how and when. The date cannot be after today nor before the day the
     * letter was made.
     *
     * @param zone the zone in which "the day the letter was made" is counted (the clock's)
     */
    public void markSent(SentMethod method, LocalDate on, String by, LocalDate today, ZoneId zone) {
        if (method == null) {
            throw new InvalidInputException("method", "Say how the letter was sent: POST, HAND or EMAIL");
        }
        if (on == null) {
            throw new InvalidInputException("sentOn", "Give the date the letter was sent, written YYYY-MM-DD");
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("sentOn", "sentOn " + on + " is in the future: a letter can be marked as sent"
                    + " on the day it went or later (today is " + today + ")");
        }
        LocalDate createdOn = LocalDate.ofInstant(createdAt, zone);
        if (on.isBefore(createdOn)) {
            throw new InvalidInputException("sentOn", "sentOn " + on + " is before the letter was made, on " + createdOn);
        }
        this.sentMethod = method;
        this.sentOn = on;
        this.sentBy = by;
    }

    public boolean sent() {
        return sentOn != null;
    }

    public Long id() {
        return id;
    }

    public String subjectType() {
        return subjectType;
    }

    public Long subjectId() {
        return subjectId;
    }

    public Long carerId() {
        return carerId;
    }

    public Long caseId() {
        return caseId;
    }

    public long pupilId() {
        return pupilId;
    }

    public String templateCode() {
        return templateCode;
    }

    public long templateVersion() {
        return templateVersion;
    }

    public String title() {
        return title;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SentMethod sentMethod() {
        return sentMethod;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public String sentBy() {
        return sentBy;
    }

    public long version() {
        return version;
    }
}

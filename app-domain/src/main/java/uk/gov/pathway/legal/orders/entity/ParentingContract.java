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
 * A parenting contract (Anti-social Behaviour Act 2003 s19): voluntary, signed by the parties (both parents, the
 * school, the council), with what the parents commit to and the support given in return, reviewed on a timer, ending
 * with an outcome. No sanction follows a broken contract; it is evidence of the support offered.
 */
@Entity
@Table(name = "legal_parenting_contract")
@NamedQuery(name = ParentingContract.OF_CASE, query = "select c from ParentingContract c where c.caseId = :caseId order by c.signedOn, c.id")
@NamedQuery(name = ParentingContract.OF_PUPIL, query = "select c from ParentingContract c where c.pupilId = :pupil order by c.signedOn, c.id")
public class ParentingContract {

    public static final String OF_CASE = "ParentingContract.ofCase";
    public static final String OF_PUPIL = "ParentingContract.ofPupil";

    public enum Outcome { KEPT, PARTLY_KEPT, BROKEN, WITHDRAWN }

    @Id
    @SequenceGenerator(name = "legal_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "parties", nullable = false, length = 2000)
    private String parties;

    @Column(name = "parent_commitments", nullable = false, length = 4000)
    private String parentCommitments;

    @Column(name = "support_commitments", nullable = false, length = 4000)
    private String supportCommitments;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "review_every_weeks", nullable = false)
    private int reviewEveryWeeks;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "reviews", length = 8000)
    private String reviews;

    @Column(name = "outcome", length = 20)
    private String outcome;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "letter_id")
    private Long letterId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ParentingContract() {
    }

    public ParentingContract(long caseId, long pupilId, String parties, String parentCommitments,
                             String supportCommitments, LocalDate signedOn, int reviewEveryWeeks, LocalDate nextReviewOn,
                             String createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.pupilId = pupilId;
        this.parties = parties;
        this.parentCommitments = parentCommitments;
        this.supportCommitments = supportCommitments;
        this.signedOn = signedOn;
        this.reviewEveryWeeks = reviewEveryWeeks;
        this.nextReviewOn = nextReviewOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A review on {@code on}: what was found, and the next review (null when it ends with an outcome). */
    public void reviewed(LocalDate on, String notes, LocalDate next) {
        String line = on + ": " + notes;
        this.reviews = reviews == null ? line : reviews + "\n" + line;
        this.nextReviewOn = next;
    }

    /** The next review was dated (when the contract was signed or reviewed, or once the calendar reached it). */
    public void nextReviewOn(LocalDate due) {
        if (outcome == null) {
            this.nextReviewOn = due;
        }
    }

    public void ended(Outcome how, LocalDate on) {
        this.outcome = how.name();
        this.endedOn = on;
        this.nextReviewOn = null;
    }

    public void letter(long letterId) {
        this.letterId = letterId;
    }

    public String status() {
        return outcome != null ? "ENDED_" + outcome : reviews == null ? "SIGNED" : "UNDER_REVIEW";
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public long pupilId() { return pupilId; }
    public String parties() { return parties; }
    public String parentCommitments() { return parentCommitments; }
    public String supportCommitments() { return supportCommitments; }
    public LocalDate signedOn() { return signedOn; }
    public int reviewEveryWeeks() { return reviewEveryWeeks; }
    public LocalDate nextReviewOn() { return nextReviewOn; }
    public String reviews() { return reviews; }
    public String outcome() { return outcome; }
    public LocalDate endedOn() { return endedOn; }
    public Long letterId() { return letterId; }
    public long version() { return version; }
}

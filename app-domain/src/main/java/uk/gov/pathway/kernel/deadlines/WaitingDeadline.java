package uk.gov.pathway.kernel.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A deadline that could not be dated: its due date lies beyond the council's school calendar. It keeps its timescale
 * and start, and the administrator's task that asked for the year, until the year is added; then it is dated and set
 * like any other deadline, and this row goes.
 */
@Entity
@Table(name = "deadline_waiting")
@NamedQuery(name = WaitingDeadline.ALL, query = "select w from WaitingDeadline w order by w.id")
@NamedQuery(name = WaitingDeadline.OF_SUBJECT, query = "select w from WaitingDeadline w where w.subject.type = :type"
        + " and w.subject.id = :id order by w.id")
public class WaitingDeadline {

    public static final String ALL = "WaitingDeadline.all";
    public static final String OF_SUBJECT = "WaitingDeadline.ofSubject";

    @Id
    @SequenceGenerator(name = "deadline_waiting_seq", sequenceName = "deadline_waiting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_waiting_seq")
    private Long id;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Embedded
    private Subject subject;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Column(name = "timescale", nullable = false, length = 40)
    private String timescale;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WaitingDeadline() {
    }

    WaitingDeadline(CountedDeadline wanted, long taskId, String createdBy, Instant createdAt) {
        this.kind = wanted.kind();
        this.title = wanted.title().strip();
        this.subject = new Subject(wanted.subjectType(), wanted.subjectId(), wanted.pupilId());
        this.owner = wanted.owner();
        this.timescale = wanted.timescale().toString();
        this.startsOn = wanted.from();
        this.taskId = taskId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** What was asked for, to be counted again on the calendar as it is now. */
    CountedDeadline wanted() {
        return new CountedDeadline(kind, title, subject.type(), subject.id(), subject.pupilId(), owner,
                Timescale.parse(timescale), startsOn);
    }

    void passTo(String newOwner) {
        owner = newOwner;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String owner() {
        return owner;
    }

    public long taskId() {
        return taskId;
    }
}

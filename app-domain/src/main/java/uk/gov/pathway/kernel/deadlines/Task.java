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
import jakarta.persistence.Version;

/** Something one person must do, in their inbox: a deadline that fell due, an escalation, a case drifting. */
@Entity
@Table(name = "task")
@NamedQuery(name = Task.INBOX, query = "select t from Task t where t.owner = :owner and (t.doneAt is null"
        + " or t.doneAt >= :doneSince) order by case when t.doneAt is null then 0 else 1 end, t.dueDate, t.id")
@NamedQuery(name = Task.OVERDUE, query = "select t from Task t where t.doneAt is null and t.dueDate < :today"
        + " order by t.dueDate, t.owner, t.id")
@NamedQuery(name = Task.OPEN_OF_DEADLINE, query = "select t from Task t where t.deadlineId = :deadline"
        + " and t.doneAt is null")
@NamedQuery(name = Task.OPEN_OF_SUBJECT, query = "select t from Task t where t.subject.type = :type"
        + " and t.subject.id = :id and t.kind = :kind and t.doneAt is null")
public class Task {

    public static final String INBOX = "Task.inbox";
    public static final String OVERDUE = "Task.overdue";
    public static final String OPEN_OF_DEADLINE = "Task.openOfDeadline";
    public static final String OPEN_OF_SUBJECT = "Task.openOfSubject";

    /** The kinds the kernel raises itself; a deadline's task carries the deadline's kind. */
    public static final String ESCALATION = "ESCALATION";
    public static final String DRIFT = "DRIFT";
    /** The administrator's: a due date lies beyond the configured school calendar, so none was set. */
    public static final String CALENDAR_MISSING = "CALENDAR_MISSING";

    @Id
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    private Long id;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Embedded
    private Subject subject;

    @Column(name = "deadline_id")
    private Long deadlineId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Version
    private long version;

    protected Task() {
    }

    Task(String owner, String kind, String title, String detail, Subject subject, Long deadlineId, LocalDate dueDate,
         Instant createdAt) {
        this.owner = owner;
        this.kind = kind;
        this.title = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
        this.subject = subject;
        this.deadlineId = deadlineId;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    /** The owner of a deadline's task, when the deadline passes to someone else. */
    void passTo(String newOwner) {
        if (doneAt == null) {
            owner = newOwner;
        }
    }

    /** Done once; a second time changes nothing. */
    public void done(String by, Instant at) {
        if (doneAt == null) {
            doneAt = at;
            doneBy = by;
        }
    }

    public boolean isOpen() {
        return doneAt == null;
    }

    public boolean isOverdue(LocalDate today) {
        return doneAt == null && dueDate.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public Subject subject() {
        return subject;
    }

    public String subjectType() {
        return subject.type();
    }

    public long subjectId() {
        return subject.id();
    }

    public Long pupilId() {
        return subject.pupilId();
    }

    public Long deadlineId() {
        return deadlineId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }
}

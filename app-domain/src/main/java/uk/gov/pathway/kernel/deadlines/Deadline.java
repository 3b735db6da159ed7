package uk.gov.pathway.kernel.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * Something that must happen by a date, for a subject of another module (a case, a panel referral). It fires by itself
 * at the start of its due date: the owner gets a task and an e-mail, once, and the manager hears if it stays undone.
 * Firing is a conditional update of the status (see {@link DeadlineFiring}), never a change through this object, so
 * that two servers or a restart cannot fire it twice.
 */
@Entity
@Table(name = "deadline")
@NamedQuery(name = Deadline.OF_SUBJECT, query = "select d from Deadline d where d.subject.type = :type"
        + " and d.subject.id = :id order by d.dueDate, d.id")
@NamedQuery(name = Deadline.DUE, query = "select d.id from Deadline d where d.status = uk.gov.pathway.kernel.deadlines"
        + ".DeadlineStatus.OPEN and d.dueDate <= :today order by d.dueDate, d.id")
public class Deadline {

    public static final String OF_SUBJECT = "Deadline.ofSubject";
    public static final String DUE = "Deadline.due";

    @Id
    @SequenceGenerator(name = "deadline_seq", sequenceName = "deadline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_seq")
    private Long id;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Embedded
    private Subject subject;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DeadlineStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Deadline() {
    }

    public Deadline(NewDeadline wanted, String createdBy, Instant createdAt) {
        List<InputProblem> problems = problemsOf(wanted);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.kind = wanted.kind();
        this.title = wanted.title().strip();
        this.subject = new Subject(wanted.subjectType(), wanted.subjectId(), wanted.pupilId());
        this.owner = wanted.owner();
        this.dueDate = wanted.dueDate();
        this.status = DeadlineStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Everything wrong with a wanted deadline, each named by its field. */
    static List<InputProblem> problemsOf(NewDeadline wanted) {
        List<InputProblem> problems = new ArrayList<>();
        if (wanted == null) {
            return List.of(InputProblem.of("deadline", "Send the deadline: kind, title, subject, owner and due date"));
        }
        if (wanted.kind() == null || !wanted.kind().matches("[A-Z][A-Z0-9_]{0,39}")) {
            problems.add(InputProblem.of("kind", "A deadline kind is 1 to 40 capitals, digits or _, starting with a"
                    + " capital, e.g. AIM_REVIEW; got '" + wanted.kind() + "'"));
        }
        if (wanted.title() == null || wanted.title().isBlank() || wanted.title().strip().length() > 200) {
            problems.add(InputProblem.of("title", "A deadline needs a title of 1 to 200 characters"));
        }
        if (wanted.subjectType() == null || !wanted.subjectType().matches("[a-z][a-z_]{0,39}")) {
            problems.add(InputProblem.of("subjectType", "A subject type is 1 to 40 lower case letters or _, e.g."
                    + " case; got '" + wanted.subjectType() + "'"));
        }
        if (wanted.owner() == null || wanted.owner().isBlank() || wanted.owner().length() > 100) {
            problems.add(InputProblem.of("owner", "A deadline needs an owner: the user name (1 to 100 characters) of"
                    + " who must act"));
        }
        if (wanted.dueDate() == null) {
            problems.add(InputProblem.of("dueDate", "A deadline needs a due date"));
        }
        return problems;
    }

    /** Met: nothing more fires or escalates. */
    public void complete(Instant now) {
        if (!status.isClosed()) {
            status = DeadlineStatus.DONE;
            closedAt = now;
        }
    }

    /** A deadline's owner is a user name of 1 to 100 characters. */
    static void requireOwner(String owner) {
        if (owner == null || owner.isBlank() || owner.length() > 100) {
            throw new InvalidInputException("owner", "The new owner must be a user name of 1 to 100 characters");
        }
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
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

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public DeadlineStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant firedAt() {
        return firedAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}

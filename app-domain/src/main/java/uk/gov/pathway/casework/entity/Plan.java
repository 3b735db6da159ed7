package uk.gov.pathway.casework.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Plan: actions with an owner, a due date and an expected outcome; targets; whether it was shared. */
@Entity
@Table(name = "case_plan")
@NamedQuery(name = Plan.OF_CASE, query = "SELECT p FROM Plan p WHERE p.caseId = :caseId ORDER BY p.createdOn DESC, p.id DESC")
@NamedQuery(name = Plan.COUNT_OF_CASE, query = "SELECT COUNT(p) FROM Plan p WHERE p.caseId = :caseId")
public class Plan {

    public static final String OF_CASE = "Plan.ofCase";
    public static final String COUNT_OF_CASE = "Plan.countOfCase";

    @Id
    @SequenceGenerator(name = "case_plan_seq", sequenceName = "case_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_plan_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "target_attendance_percent", precision = 4, scale = 1)
    private BigDecimal targetAttendancePercent;

    @Column(name = "targets", length = 2000)
    private String targets;

    @Column(name = "shared_with_family", nullable = false)
    private boolean sharedWithFamily;

    @Column(name = "shared_with_child", nullable = false)
    private boolean sharedWithChild;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("dueOn, id")
    private List<PlanAction> actions = new ArrayList<>();

    protected Plan() {
    }

    public Plan(long caseId, LocalDate createdOn, BigDecimal targetAttendancePercent, String targets,
                boolean sharedWithFamily, boolean sharedWithChild, Long meetingId, String recordedBy) {
        if (createdOn == null) {
            throw new IllegalArgumentException("the plan's date is required");
        }
        if (targetAttendancePercent != null && (targetAttendancePercent.signum() < 0
                || targetAttendancePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("targetAttendancePercent must be 0 to 100; got " + targetAttendancePercent);
        }
        this.caseId = caseId;
        this.createdOn = createdOn;
        this.targetAttendancePercent = targetAttendancePercent;
        this.targets = CaseFile.text("targets", targets, 2000, false);
        this.sharedWithFamily = sharedWithFamily;
        this.sharedWithChild = sharedWithChild;
        this.meetingId = meetingId;
        this.recordedBy = recordedBy;
    }

    public PlanAction addAction(PlanAction.Details details) {
        PlanAction action = new PlanAction(this, details);
        actions.add(action);
        return action;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public BigDecimal targetAttendancePercent() {
        return targetAttendancePercent;
    }

    public String targets() {
        return targets;
    }

    public boolean sharedWithFamily() {
        return sharedWithFamily;
    }

    public boolean sharedWithChild() {
        return sharedWithChild;
    }

    public Long meetingId() {
        return meetingId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public List<PlanAction> actions() {
        return List.copyOf(actions);
    }
}

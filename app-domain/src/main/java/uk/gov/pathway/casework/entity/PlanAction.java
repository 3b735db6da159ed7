package uk.gov.pathway.casework.entity;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An action of a plan: what, who owns it (a person or an agency), by when, what it should achieve; done with evidence. */
@Entity
@Table(name = "case_plan_action")
public class PlanAction {

    public enum OwnerKind { PERSON, AGENCY }

    @Id
    @SequenceGenerator(name = "case_plan_action_seq", sequenceName = "case_plan_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_plan_action_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 20)
    private OwnerKind ownerKind;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "expected_outcome", length = 1000)
    private String expectedOutcome;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "evidence", length = 2000)
    private String evidence;

    @Version
    private long version;

    public record Details(String description, OwnerKind ownerKind, String ownerName, LocalDate dueOn,
                          String expectedOutcome) {
        public Details {
            CaseFile.text("action", description, 1000, true);
            if (ownerKind == null) {
                throw new IllegalArgumentException("action '" + description + "': ownerKind (PERSON or AGENCY) is required");
            }
            CaseFile.text("action '" + description + "': owner", ownerName, 200, true);
            if (dueOn == null) {
                throw new IllegalArgumentException("action '" + description + "': a due date is required");
            }
            CaseFile.text("expected outcome", expectedOutcome, 1000, false);
        }
    }

    protected PlanAction() {
    }

    PlanAction(Plan plan, Details d) {
        this.plan = plan;
        this.description = d.description().strip();
        this.ownerKind = d.ownerKind();
        this.ownerName = d.ownerName().strip();
        this.dueOn = d.dueOn();
        this.expectedOutcome = CaseFile.text("expected outcome", d.expectedOutcome(), 1000, false);
    }

    public void done(LocalDate on, String evidence) {
        if (on == null) {
            throw new IllegalArgumentException("the date the action was done is required");
        }
        if (on.isBefore(plan.createdOn())) {
            throw new IllegalArgumentException("an action cannot be done (" + on + ") before its plan was made ("
                    + plan.createdOn() + ")");
        }
        this.doneOn = on;
        this.evidence = CaseFile.text("evidence", evidence, 2000, true);
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public String description() {
        return description;
    }

    public OwnerKind ownerKind() {
        return ownerKind;
    }

    public String ownerName() {
        return ownerName;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String expectedOutcome() {
        return expectedOutcome;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String evidence() {
        return evidence;
    }

    public long version() {
        return version;
    }
}

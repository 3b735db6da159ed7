package uk.gov.pathway.panels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action a panel agreed with a decision: what, whose, by when (it lands in the case's plan). */
@Entity
@Table(name = "panel_action")
public class DecisionAction {

    @Id
    @SequenceGenerator(name = "panel_action_seq", sequenceName = "panel_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_action_seq")
    private Long id;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "owner", nullable = false, length = 200)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected DecisionAction() {
    }

    DecisionAction(String description, String owner, LocalDate dueOn) {
        if (description == null || description.isBlank() || description.strip().length() > 1000) {
            throw new IllegalArgumentException("an action's description is required (at most 1000 characters)");
        }
        if (owner == null || owner.isBlank() || owner.strip().length() > 200) {
            throw new IllegalArgumentException("action '" + description.strip() + "': owner is required");
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("action '" + description.strip() + "': dueOn is required");
        }
        this.description = description.strip();
        this.owner = owner.strip();
        this.dueOn = dueOn;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}

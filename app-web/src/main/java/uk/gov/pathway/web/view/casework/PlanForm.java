package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.pathway.casework.boundary.CaseRecords;

/** A plan as a form edits it: targets, whether shared, and as many actions as the officer adds. */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One action row of the form. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String ownerKind = "PERSON";
        private String ownerName;
        private LocalDate dueOn;
        private String expectedOutcome;

        boolean blank() {
            return (description == null || description.isBlank()) && (ownerName == null || ownerName.isBlank())
                    && dueOn == null && (expectedOutcome == null || expectedOutcome.isBlank());
        }

        public String getDescription() { return description; }
        public void setDescription(String v) { this.description = v; }
        public String getOwnerKind() { return ownerKind; }
        public void setOwnerKind(String v) { this.ownerKind = v; }
        public String getOwnerName() { return ownerName; }
        public void setOwnerName(String v) { this.ownerName = v; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate v) { this.dueOn = v; }
        public String getExpectedOutcome() { return expectedOutcome; }
        public void setExpectedOutcome(String v) { this.expectedOutcome = v; }
    }

    private BigDecimal targetAttendancePercent;
    private String targets;
    private boolean sharedWithFamily;
    private boolean sharedWithChild;
    private final List<ActionRow> actions = new ArrayList<>(List.of(new ActionRow()));

    public void addAction() {
        actions.add(new ActionRow());
    }

    /** True when nothing has been written in it (a meeting without a plan). */
    public boolean blank() {
        return targetAttendancePercent == null && (targets == null || targets.isBlank())
                && actions.stream().allMatch(ActionRow::blank);
    }

    /** The draft the casework service takes; rows left empty are not actions. */
    public CaseRecords.PlanDraft draft(LocalDate createdOn) {
        List<CaseRecords.ActionDraft> drafts = actions.stream().filter(a -> !a.blank())
                .map(a -> new CaseRecords.ActionDraft(a.description, a.ownerKind, a.ownerName, a.dueOn,
                        a.expectedOutcome)).toList();
        return new CaseRecords.PlanDraft(createdOn, targetAttendancePercent, targets, sharedWithFamily,
                sharedWithChild, drafts);
    }

    public List<ActionRow> getActions() { return actions; }
    public BigDecimal getTargetAttendancePercent() { return targetAttendancePercent; }
    public void setTargetAttendancePercent(BigDecimal v) { this.targetAttendancePercent = v; }
    public String getTargets() { return targets; }
    public void setTargets(String v) { this.targets = v; }
    public boolean isSharedWithFamily() { return sharedWithFamily; }
    public void setSharedWithFamily(boolean v) { this.sharedWithFamily = v; }
    public boolean isSharedWithChild() { return sharedWithChild; }
    public void setSharedWithChild(boolean v) { this.sharedWithChild = v; }
}

package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseDetail;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.kernel.deadlines.DeadlineView;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * The case workspace: the case as the caller may see it, its summary (children, level, the gate to the next level,
 * the next deadline, the last work recorded) and which tab is shown. Each form of the workspace has its own backing
 * bean, which records through the casework services and asks this one to read the case again.
 */
@Named
@ViewScoped
public class WorkspaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The workspace's tabs, each a link of its own (a GET with {@code tab}), in the order of the casework cycle. */
    public enum Tab {
        LEVEL("Level and gate"), ASSESS("Assess"), PLAN("Plan"), DO("Do"), REVIEW("Review"), DOCUMENTS("Documents"),
        CHRONOLOGY("Chronology");

        private final String label;

        Tab(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The latest thing recorded on the case: what and when. */
    public record LastWork(LocalDate on, String what) {
    }

    @EJB
    CaseWork work;

    @EJB
    Cases cases;

    private Long id;
    private Tab tab = Tab.LEVEL;
    private CaseDetail detail;
    private DeadlineView nextDeadline;

    public void load() {
        try {
            detail = work.detail(id == null ? -1 : id);
            List<DeadlineView> due = cases.deadlines(List.of(detail.summary().id()))
                    .getOrDefault(detail.summary().id(), List.of());
            nextDeadline = due.stream().min(Comparator.comparing(DeadlineView::dueDate)).orElse(null);
        } catch (NotVisibleException e) {
            detail = null;
            nextDeadline = null;
            Feedback.notFound();
        }
    }

    long caseId() {
        return detail.summary().id();
    }

    /** The gate in a line: met or not, how many of its requirements are, and the level it leads to. */
    public String getGateSummary() {
        if (detail == null || detail.nextLevel() == null) {
            return "None: this is the highest level";
        }
        if (detail.gate().isEmpty()) {
            return "No evidence named to step up to " + detail.nextLevel();
        }
        long met = detail.gate().stream().filter(CaseDetail.GateItem::met).count();
        return (met == detail.gate().size() ? "Met: " : "Not met: ") + met + " of " + detail.gate().size()
                + " requirements met to step up to " + detail.nextLevel();
    }

    /** The latest work recorded: a contact, assessment, plan, review or move of level. */
    public LastWork getLastWork() {
        if (detail == null) {
            return null;
        }
        List<LastWork> all = new ArrayList<>();
        detail.contacts().forEach(c -> all.add(new LastWork(c.occurredOn(), c.kindLabel() + " recorded by " + c.recordedBy())));
        detail.assessments().forEach(a -> all.add(new LastWork(a.assessedOn(), "Assessment by " + a.recordedBy())));
        detail.plans().forEach(p -> all.add(new LastWork(p.createdOn(), "Plan by " + p.recordedBy())));
        detail.reviews().forEach(r -> all.add(new LastWork(r.reviewedOn(), "Review by " + r.recordedBy())));
        detail.history().forEach(h -> all.add(new LastWork(h.on(), switch (h.direction()) {
            case "OPENED" -> "Opened at " + h.to();
            case "CLOSED" -> "Closed at " + h.from();
            case "UP" -> "Stepped up to " + h.to();
            default -> "Stepped down to " + h.to();
        } + " by " + h.by())));
        return all.stream().max(Comparator.comparing(LastWork::on)).orElse(null);
    }

    public DeadlineView getNextDeadline() {
        return nextDeadline;
    }

    public Tab[] getTabs() {
        return Tab.values();
    }

    public boolean shows(String tabParam) {
        return tab.param().equals(tabParam);
    }

    public boolean isFound() {
        return detail != null;
    }

    public boolean isOpen() {
        return detail != null && "OPEN".equals(detail.summary().status());
    }

    public CaseDetail getDetail() { return detail; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTab() { return tab.param(); }

    /** An unknown tab shows the first. */
    public void setTab(String param) {
        this.tab = java.util.Arrays.stream(Tab.values()).filter(t -> t.param().equals(param)).findFirst()
                .orElse(Tab.LEVEL);
    }
}

package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.pathway.kernel.deadlines.DeadlineStatus;
import uk.gov.pathway.kernel.deadlines.DeadlineView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseRow;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.boundary.PathwayModels;
import uk.gov.pathway.casework.boundary.Referrals;
import uk.gov.pathway.kernel.access.AccessControl;

/**
 * An officer's caseload: their open cases first, then the others they read, filtered by level; and the referrals
 * waiting for their triage.
 */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Cases cases;

    @EJB
    Referrals referrals;

    @EJB
    PathwayModels models;

    @EJB
    AccessControl access;

    @Inject
    transient Clock clock;

    private String me;
    private List<CaseSummary> open = List.of();
    private List<Referrals.ReferralView> waiting = List.of();
    private List<PathwayModels.LevelView> levels = List.of();
    private final Map<String, String> reviewRules = new HashMap<>();
    private String level;
    private Map<Long, List<DeadlineView>> deadlines = Map.of();
    private final Map<Long, CaseRow> rows = new HashMap<>();
    private LocalDate today;

    @PostConstruct
    void load() {
        me = access.caller().username();
        today = LocalDate.now(clock);
        Cases.Caseload caseload = cases.caseload();
        caseload.rows().forEach(row -> rows.put(row.summary().id(), row));
        open = caseload.rows().stream().map(CaseRow::summary).toList();
        deadlines = caseload.deadlines();
        // Yours first; within them what is overdue, then due, then drifting, then what falls due soonest.
        open = open.stream().sorted(Comparator.comparing((CaseSummary c) -> !mine(c))
                .thenComparing(c -> !overdue(c)).thenComparing(c -> !dueNow(c)).thenComparing(c -> !drifting(c))
                .thenComparing(c -> next(c) == null ? LocalDate.MAX : next(c).dueDate())
                .thenComparing(CaseSummary::id)).toList();
        waiting = referrals.forTriage();
        for (PathwayModels.ModelView model : models.all()) {
            for (PathwayModels.LevelView l : model.levels()) {
                reviewRules.put(model.code() + "/" + l.code(), l.review() == null ? "" : l.review().text());
            }
            if (model.active()) {
                levels = model.levels();
            }
        }
    }

    /** The case's earliest deadline not yet met, or null. */
    public DeadlineView next(CaseSummary c) {
        List<DeadlineView> due = deadlines.getOrDefault(c.id(), List.of());
        return due.isEmpty() ? null : due.get(0);
    }

    /** A deadline of the case has fallen due (its task went out) and is not met yet. */
    public boolean dueNow(CaseSummary c) {
        return deadlines.getOrDefault(c.id(), List.of()).stream().anyMatch(d -> d.status() == DeadlineStatus.FIRED);
    }

    /** A deadline of the case fell due before today and is not met yet. */
    public boolean overdue(CaseSummary c) {
        return deadlines.getOrDefault(c.id(), List.of()).stream()
                .anyMatch(d -> d.status() == DeadlineStatus.FIRED && d.dueDate().isBefore(today));
    }

    /**
     * What has fallen due on the case and is not met yet, e.g. "Case 7: AIM: review the action plan (due 2026-03-02,
     * overdue; your manager has been told)".
     */
    public List<String> dueNowTitles(CaseSummary c) {
        return deadlines.getOrDefault(c.id(), List.of()).stream().filter(d -> d.status() == DeadlineStatus.FIRED)
                .map(d -> d.title() + " (due " + d.dueDate() + (d.dueDate().isBefore(today) ? ", overdue" : "")
                        + (d.escalatedAt() != null ? "; the manager has been told" : "") + ")").toList();
    }

    /** No work recorded on the case for its pathway model's number of school days. */
    public boolean drifting(CaseSummary c) {
        CaseRow row = rows.get(c.id());
        return row != null && row.drifting();
    }

    /** When work was last recorded, e.g. "2026-03-02 (5 school days ago)". */
    public String lastActivity(CaseSummary c) {
        CaseRow row = rows.get(c.id());
        if (row == null) {
            return "";
        }
        int days = row.schoolDaysSinceActivity();
        return row.lastActivity() + " (" + (days == 0 ? "today" : days == 1 ? "1 school day ago"
                : days + " school days ago") + ")";
    }

    public int getDueCount() {
        return (int) open.stream().filter(this::mine).filter(this::dueNow).count();
    }

    public int getOverdueCount() {
        return (int) open.stream().filter(this::mine).filter(this::overdue).count();
    }

    public int getDriftingCount() {
        return (int) open.stream().filter(this::mine).filter(this::drifting).count();
    }

    /** The caseload, narrowed to the level chosen (all levels when none is). */
    public List<CaseSummary> getCases() {
        return level == null || level.isBlank() ? open : open.stream().filter(c -> c.level().equals(level)).toList();
    }

    public boolean mine(CaseSummary c) {
        return me.equals(c.officer());
    }

    /** How often the level reviews a case, e.g. "6 school weeks", until the deadline engine gives the date itself. */
    public String reviewRule(CaseSummary c) {
        return reviewRules.getOrDefault(c.model() + "/" + c.level(), "");
    }

    public String schools(CaseSummary c) {
        return String.join(", ", c.children().stream().map(CaseSummary.Child::schoolName)
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    public List<Referrals.ReferralView> getReferrals() {
        return waiting;
    }

    public List<PathwayModels.LevelView> getLevels() {
        return levels;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public int getMineCount() {
        return (int) open.stream().filter(this::mine).count();
    }

    /**
     * On the node a session moves to (README "Cluster"): the server's clock is not copied with the session but
     * obtained there again.
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        clock = jakarta.enterprise.inject.spi.CDI.current().select(Clock.class).get();
    }
}

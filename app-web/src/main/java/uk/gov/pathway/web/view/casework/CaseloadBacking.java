package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
 * waiting for their triage. Each case's line is worked out once when the page is read (what is due, overdue or
 * drifting, and the words the table shows), so that showing the table evaluates no method per cell.
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

    private List<Line> open = List.of();
    private List<Referrals.ReferralView> waiting = List.of();
    private List<PathwayModels.LevelChoice> levels = List.of();
    private String level;

    /** One open case as the caseload shows it, worked out from the case's row and its deadlines not yet met. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String level;
        private final String children;
        private final String schools;
        private final String levelText;
        private final LocalDate openedOn;
        private final String officerText;
        private final boolean mine;
        private final boolean dueNow;
        private final boolean overdue;
        private final List<String> dueNowTitles;
        private final String next;
        private final LocalDate nextDue;
        private final String atLevel;
        private final String lastActivity;
        private final boolean drifting;

        Line(CaseRow row, List<DeadlineView> notMet, String me, LocalDate today) {
            CaseSummary c = row.summary();
            id = c.id();
            level = c.level();
            children = c.childrenNames();
            schools = String.join(", ", c.children().stream().map(CaseSummary.Child::schoolName)
                    .filter(Objects::nonNull).distinct().toList());
            levelText = c.level() + " " + c.levelName();
            openedOn = c.openedOn();
            mine = me.equals(c.officer());
            officerText = (c.officer() == null || c.officer().isEmpty() ? "Not allocated" : c.officer())
                    + (mine ? " (you)" : "");
            List<DeadlineView> fired = notMet.stream().filter(d -> d.status() == DeadlineStatus.FIRED).toList();
            dueNow = !fired.isEmpty();
            overdue = fired.stream().anyMatch(d -> d.dueDate().isBefore(today));
            // e.g. "Case 7: AIM: review the action plan (due 2026-03-02, overdue; the manager has been told)"
            dueNowTitles = fired.stream().map(d -> d.title() + " (due " + d.dueDate()
                    + (d.dueDate().isBefore(today) ? ", overdue" : "")
                    + (d.escalatedAt() != null ? "; the manager has been told" : "") + ")").toList();
            DeadlineView first = notMet.isEmpty() ? null : notMet.get(0);
            next = first == null ? null : first.title() + ", due " + first.dueDate();
            nextDue = first == null ? LocalDate.MAX : first.dueDate();
            atLevel = "At this level since " + c.levelSince() + "; reviewed every " + row.reviewRule();
            int days = row.schoolDaysSinceActivity();
            lastActivity = row.lastActivity() + " (" + (days == 0 ? "today" : days == 1 ? "1 school day ago"
                    : days + " school days ago") + ")";
            drifting = row.drifting();
        }

        public long getId() {
            return id;
        }

        public String getChildren() {
            return children;
        }

        public String getSchools() {
            return schools;
        }

        public String getLevelText() {
            return levelText;
        }

        public LocalDate getOpenedOn() {
            return openedOn;
        }

        public String getOfficerText() {
            return officerText;
        }

        public boolean isMine() {
            return mine;
        }

        /** A deadline of the case has fallen due (its task went out) and is not met yet. */
        public boolean isDueNow() {
            return dueNow;
        }

        /** A deadline of the case fell due before today and is not met yet. */
        public boolean isOverdue() {
            return overdue;
        }

        /** What has fallen due on the case and is not met yet. */
        public List<String> getDueNowTitles() {
            return dueNowTitles;
        }

        /** The case's earliest deadline not yet met, e.g. "Case 7: review, due 2026-03-20", or null. */
        public String getNext() {
            return next;
        }

        /** When nothing is coming up: how long at the level, and how often the level reviews a case. */
        public String getAtLevel() {
            return atLevel;
        }

        /** When work was last recorded, e.g. "2026-03-02 (5 school days ago)". */
        public String getLastActivity() {
            return lastActivity;
        }

        /** No work recorded on the case for its pathway model's number of school days. */
        public boolean isDrifting() {
            return drifting;
        }
    }

    @PostConstruct
    void load() {
        String me = access.caller().username();
        LocalDate today = LocalDate.now(clock);
        Cases.Caseload caseload = cases.caseload();
        // Yours first; within them what is overdue, then due, then drifting, then what falls due soonest.
        open = caseload.rows().stream()
                .map(row -> new Line(row, caseload.deadlines().getOrDefault(row.summary().id(), List.of()), me, today))
                .sorted(Comparator.comparing((Line l) -> !l.mine).thenComparing(l -> !l.overdue)
                        .thenComparing(l -> !l.dueNow).thenComparing(l -> !l.drifting)
                        .thenComparing(l -> l.nextDue).thenComparing(l -> l.id)).toList();
        waiting = referrals.forTriage();
        levels = models.activeLevels();
    }

    public int getDueCount() {
        return (int) open.stream().filter(l -> l.mine && l.dueNow).count();
    }

    public int getOverdueCount() {
        return (int) open.stream().filter(l -> l.mine && l.overdue).count();
    }

    public int getDriftingCount() {
        return (int) open.stream().filter(l -> l.mine && l.drifting).count();
    }

    /** The caseload, narrowed to the level chosen (all levels when none is). */
    public List<Line> getCases() {
        return level == null || level.isBlank() ? open : open.stream().filter(l -> l.level.equals(level)).toList();
    }

    public List<Referrals.ReferralView> getReferrals() {
        return waiting;
    }

    public List<PathwayModels.LevelChoice> getLevels() {
        return levels;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public int getMineCount() {
        return (int) open.stream().filter(l -> l.mine).count();
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

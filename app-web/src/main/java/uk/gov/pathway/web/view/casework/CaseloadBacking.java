package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.boundary.PathwayModels;
import uk.gov.pathway.casework.boundary.Referrals;
import uk.gov.pathway.casework.entity.CaseStatus;
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
    transient Cases cases;

    @EJB
    transient Referrals referrals;

    @EJB
    transient PathwayModels models;

    @EJB
    transient AccessControl access;

    private String me;
    private List<CaseSummary> open = List.of();
    private List<Referrals.ReferralView> waiting = List.of();
    private List<PathwayModels.LevelView> levels = List.of();
    private final Map<String, String> reviewRules = new HashMap<>();
    private String level;

    @PostConstruct
    void load() {
        me = access.caller().username();
        open = cases.readableCases(CaseStatus.OPEN).stream()
                .sorted(Comparator.comparing((CaseSummary c) -> !me.equals(c.officer()))
                        .thenComparing(CaseSummary::levelSince).thenComparing(CaseSummary::id))
                .toList();
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
}

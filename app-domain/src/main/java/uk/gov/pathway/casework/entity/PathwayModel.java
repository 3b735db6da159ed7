package uk.gov.pathway.casework.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A council's graduated response as configuration: levels in order, each with its entry indicators, the evidence it
 * needs before a case steps up, its review interval, its maximum duration and who may work it; and the timescales of
 * the casework cycle. One model is active: new cases open on it.
 */
@Entity
@Table(name = "pathway_model")
@NamedQuery(name = PathwayModel.ALL, query = "SELECT m FROM PathwayModel m ORDER BY m.id")
@NamedQuery(name = PathwayModel.ACTIVE, query = "SELECT m FROM PathwayModel m WHERE m.active = TRUE")
@NamedQuery(name = PathwayModel.BY_CODE, query = "SELECT m FROM PathwayModel m WHERE m.code = :code")
public class PathwayModel {

    public static final String ALL = "PathwayModel.all";
    public static final String ACTIVE = "PathwayModel.active";
    public static final String BY_CODE = "PathwayModel.byCode";

    @Id
    @SequenceGenerator(name = "pathway_model_seq", sequenceName = "pathway_model_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pathway_model_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "early_help_check_weeks", nullable = false)
    private int earlyHelpCheckWeeks;

    @Column(name = "not_suitable_review_weeks", nullable = false)
    private int notSuitableReviewWeeks;

    @Column(name = "aim_review_weeks", nullable = false)
    private int aimReviewWeeks;

    @Column(name = "aim_extensions", nullable = false)
    private int aimExtensions;

    @Column(name = "taf_interval_weeks", nullable = false)
    private int tafIntervalWeeks;

    @Column(name = "eha_review_weeks", nullable = false)
    private int ehaReviewWeeks;

    @Column(name = "drift_school_days", nullable = false)
    private int driftSchoolDays;

    @OneToMany(mappedBy = "model", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PathwayLevel> levels = new ArrayList<>();

    @Version
    private long version;

    protected PathwayModel() {
    }

    public PathwayModel(String code, String name) {
        this.code = PathwayLevel.code("model code", code, 40);
        rename(name, null);
        timescales(new Timescales(6, 6, 3, 1, 2, 4, 10));
    }

    /** The timescales of the casework cycle, in school weeks (drift: school days). */
    public record Timescales(int earlyHelpCheckWeeks, int notSuitableReviewWeeks, int aimReviewWeeks,
                             int aimExtensions, int tafIntervalWeeks, int ehaReviewWeeks, int driftSchoolDays) implements Serializable {
        public Timescales {
            weeks("Early Help check", earlyHelpCheckWeeks);
            weeks("not-suitable review", notSuitableReviewWeeks);
            weeks("AIM review", aimReviewWeeks);
            if (aimExtensions < 0 || aimExtensions > 5) {
                throw new IllegalArgumentException("AIM extensions must be 0 to 5; got " + aimExtensions);
            }
            weeks("TAF interval", tafIntervalWeeks);
            weeks("Early Help Assessment review", ehaReviewWeeks);
            if (driftSchoolDays < 1 || driftSchoolDays > 100) {
                throw new IllegalArgumentException("Drift must be 1 to 100 school days; got " + driftSchoolDays);
            }
        }

        private static void weeks(String what, int weeks) {
            if (weeks < 1 || weeks > 52) {
                throw new IllegalArgumentException(what + " must be 1 to 52 school weeks; got " + weeks);
            }
        }
    }

    public void rename(String name, String description) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("A pathway model's name is required, at most 200 characters");
        }
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public void timescales(Timescales t) {
        this.earlyHelpCheckWeeks = t.earlyHelpCheckWeeks();
        this.notSuitableReviewWeeks = t.notSuitableReviewWeeks();
        this.aimReviewWeeks = t.aimReviewWeeks();
        this.aimExtensions = t.aimExtensions();
        this.tafIntervalWeeks = t.tafIntervalWeeks();
        this.ehaReviewWeeks = t.ehaReviewWeeks();
        this.driftSchoolDays = t.driftSchoolDays();
    }

    public Timescales timescales() {
        return new Timescales(earlyHelpCheckWeeks, notSuitableReviewWeeks, aimReviewWeeks, aimExtensions,
                tafIntervalWeeks, ehaReviewWeeks, driftSchoolDays);
    }

    public PathwayLevel addLevel(String code, String name) {
        if (level(code).isPresent()) {
            throw new IllegalArgumentException("Model " + this.code + " already has a level " + code);
        }
        PathwayLevel level = new PathwayLevel(this, levels.size() + 1, code, name);
        levels.add(level);
        return level;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public Optional<PathwayLevel> level(String code) {
        return levels.stream().filter(l -> l.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** The level after this one, if any. */
    public Optional<PathwayLevel> after(PathwayLevel level) {
        int index = levels.indexOf(level);
        return index >= 0 && index + 1 < levels.size() ? Optional.of(levels.get(index + 1)) : Optional.empty();
    }

    public Optional<PathwayLevel> before(PathwayLevel level) {
        int index = levels.indexOf(level);
        return index > 0 ? Optional.of(levels.get(index - 1)) : Optional.empty();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public List<PathwayLevel> levels() {
        return List.copyOf(levels);
    }

    /** For the configuration screen's removal of the last level; cases on it keep it from being removed. */
    public void removeLastLevel() {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("Model " + code + " has no levels to remove");
        }
        levels.remove(levels.size() - 1);
    }

    public long version() {
        return version;
    }
}

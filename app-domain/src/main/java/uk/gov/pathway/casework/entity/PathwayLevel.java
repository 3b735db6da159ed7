package uk.gov.pathway.casework.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.pathway.kernel.access.Role;

/** One level of a pathway model. */
@Entity
@Table(name = "pathway_level")
public class PathwayLevel {

    @Id
    @SequenceGenerator(name = "pathway_level_seq", sequenceName = "pathway_level_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pathway_level_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id")
    private PathwayModel model;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "entry_indicators", length = 1000)
    private String entryIndicators;

    @Column(name = "entry_below_percent", precision = 4, scale = 1)
    private BigDecimal entryBelowPercent;

    @Column(name = "statutory", nullable = false)
    private boolean statutory;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_unit", nullable = false, length = 20)
    private TimeRule.Unit reviewUnit;

    @Column(name = "review_amount", nullable = false)
    private int reviewAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "max_unit", length = 20)
    private TimeRule.Unit maxUnit;

    @Column(name = "max_amount")
    private Integer maxAmount;

    @Column(name = "worked_by", nullable = false, length = 400)
    private String workedBy;

    @OneToMany(mappedBy = "level", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<EvidenceRequirement> evidence = new ArrayList<>();

    @Version
    private long version;

    protected PathwayLevel() {
    }

    PathwayLevel(PathwayModel model, int position, String code, String name) {
        this.model = model;
        this.position = position;
        this.code = code("level code", code, 20);
        describe(name, null, null, null, false);
        review(TimeRule.schoolWeeks(6));
        this.workedBy = Role.SAS_MANAGER.name();
    }

    static String code(String field, String code, int max) {
        if (code == null || !code.strip().matches("[A-Za-z0-9_]{1," + max + "}")) {
            throw new IllegalArgumentException(field + " must be 1 to " + max
                    + " letters, digits or underscores; got '" + code + "'");
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public void describe(String name, String description, String entryIndicators, BigDecimal entryBelowPercent,
                         boolean statutory) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("Level " + code + ": a name is required, at most 200 characters");
        }
        if (entryBelowPercent != null && (entryBelowPercent.signum() < 0
                || entryBelowPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("Level " + code + ": the entry attendance must be 0 to 100%; got "
                    + entryBelowPercent);
        }
        this.name = name.strip();
        this.description = blankToNull(description, 1000, "description");
        this.entryIndicators = blankToNull(entryIndicators, 1000, "entry indicators");
        this.entryBelowPercent = entryBelowPercent;
        this.statutory = statutory;
    }

    private String blankToNull(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException("Level " + code + ": " + field + " is longer than " + max
                    + " characters");
        }
        return value.strip();
    }

    public void review(TimeRule rule) {
        this.reviewUnit = rule.unit();
        this.reviewAmount = rule.amount();
    }

    /** The longest a case may stay at this level before it must be escalated or closed; null for no limit. */
    public void maximumDuration(TimeRule rule) {
        this.maxUnit = rule == null ? null : rule.unit();
        this.maxAmount = rule == null ? null : rule.amount();
    }

    public void workedBy(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("Level " + code + ": at least one role must work it");
        }
        this.workedBy = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    /** Replaces the evidence needed before a case at this level steps up. */
    public void requireEvidence(List<Requirement> requirements) {
        evidence.clear();
        int position = 1;
        for (Requirement r : requirements) {
            evidence.add(new EvidenceRequirement(this, position++, r.kind(), r.label(), r.minCount()));
        }
    }

    /** One item of evidence a level needs: at least {@code minCount} records of {@code kind}. */
    public record Requirement(EvidenceKind kind, String label, int minCount) {
        public Requirement {
            if (kind == null) {
                throw new IllegalArgumentException("An evidence requirement needs a kind");
            }
            if (minCount < 1 || minCount > 20) {
                throw new IllegalArgumentException("Evidence '" + kind + "': the number needed must be 1 to 20; got "
                        + minCount);
            }
            label = label == null || label.isBlank() ? kind.label() : label.strip();
        }
    }

    public List<Requirement> requirements() {
        return evidence.stream().map(e -> new Requirement(e.kind(), e.label(), e.minCount())).toList();
    }

    public Long id() {
        return id;
    }

    public PathwayModel model() {
        return model;
    }

    public int position() {
        return position;
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

    public String entryIndicators() {
        return entryIndicators;
    }

    public BigDecimal entryBelowPercent() {
        return entryBelowPercent;
    }

    public boolean statutory() {
        return statutory;
    }

    public TimeRule reviewRule() {
        return new TimeRule(reviewUnit, reviewAmount);
    }

    public TimeRule maximumDuration() {
        return maxUnit == null ? null : new TimeRule(maxUnit, maxAmount);
    }

    public Set<Role> workedBy() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(workedBy.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .forEach(roles::add);
        return roles;
    }

    public boolean workedBy(Role role) {
        return workedBy().contains(role);
    }

    public long version() {
        return version;
    }
}

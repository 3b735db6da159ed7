package uk.gov.pathway.casework.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.PathwayLevel;
import uk.gov.pathway.casework.entity.PathwayModel;
import uk.gov.pathway.casework.entity.TimeRule;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * The pathway models: the presets shipped as data and any a council defines. Everyone working cases reads them; the
 * administrator edits them, activates one, or copies one to make the council's own.
 */
@Stateless
@PermitAll
public class PathwayModels {

    public record RuleView(String unit, int amount, String text) implements Serializable {
        static RuleView of(TimeRule rule) {
            return rule == null ? null : new RuleView(rule.unit().name(), rule.amount(), rule.toString());
        }
    }

    public record EvidenceView(String kind, String label, int minCount) implements Serializable {
    }

    public record LevelView(String code, String name, String description, String entryIndicators,
                            BigDecimal entryBelowPercent, boolean statutory, RuleView review,
                            RuleView maximumDuration, List<String> workedBy, List<EvidenceView> evidence,
                            long version) implements Serializable {
        static LevelView of(PathwayLevel l) {
            return new LevelView(l.code(), l.name(), l.description(), l.entryIndicators(), l.entryBelowPercent(),
                    l.statutory(), RuleView.of(l.reviewRule()), RuleView.of(l.maximumDuration()),
                    l.workedBy().stream().map(Role::name).sorted().toList(),
                    l.requirements().stream().map(r -> new EvidenceView(r.kind().name(), r.label(), r.minCount()))
                            .toList(), l.version());
        }
    }

    public record ModelView(String code, String name, String description, boolean active,
                            PathwayModel.Timescales timescales, List<LevelView> levels, long version) implements Serializable {
        static ModelView of(PathwayModel m) {
            return new ModelView(m.code(), m.name(), m.description(), m.active(), m.timescales(),
                    m.levels().stream().map(LevelView::of).toList(), m.version());
        }
    }

    /** A level as the administrator edits it; evidence is the full list that replaces the level's gate. */
    public record LevelEdit(String name, String description, String entryIndicators, BigDecimal entryBelowPercent,
                            boolean statutory, String reviewUnit, Integer reviewAmount, String maxUnit,
                            Integer maxAmount, List<String> workedBy, List<EvidenceView> evidence, Long version) {
    }

    /** Changes of configuration are kept in the audit trail (no child's id), with what was before and after. */
    @Inject
    Event<AuditEvent> audit;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** Those who work cases and the administrator read the models; school staff, panels and Legal Services do not. */
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    public List<ModelView> all() {
        return em.createNamedQuery(PathwayModel.ALL, PathwayModel.class).getResultList().stream().map(ModelView::of)
                .toList();
    }

    /** A level of the active model as a list's filter offers it: its code and name. */
    public record LevelChoice(String code, String name) implements java.io.Serializable {
    }

    /**
     * The levels of the active model, in order, as a filter offers them: one read of two columns, not the models with
     * their levels and gates.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    public List<LevelChoice> activeLevels() {
        return em.createQuery("SELECT l.code, l.name FROM PathwayLevel l WHERE l.model.active = TRUE"
                + " ORDER BY l.position", Object[].class).getResultList().stream()
                .map(row -> new LevelChoice((String) row[0], (String) row[1])).toList();
    }

    /** Those who work cases and the administrator read the models; school staff, panels and Legal Services do not. */
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    public ModelView view(String code) {
        return ModelView.of(model(code));
    }

    public ModelView active() {
        return ModelView.of(activeModel());
    }

    public PathwayModel activeModel() {
        return em.createNamedQuery(PathwayModel.ACTIVE, PathwayModel.class).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No pathway model is active: an administrator must"
                        + " activate one on the pathway configuration screen"));
    }

    public PathwayModel model(String code) {
        return em.createNamedQuery(PathwayModel.BY_CODE, PathwayModel.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> new NotVisibleException("Pathway model " + code));
    }

    /** New cases open on this model from now; open cases stay on theirs. */
    @RolesAllowed(Roles.ADMIN)
    public ModelView activate(String code) {
        PathwayModel chosen = model(code);
        List<PathwayModel> all = em.createNamedQuery(PathwayModel.ALL, PathwayModel.class).getResultList();
        String before = all.stream().filter(PathwayModel::active).map(PathwayModel::code).findFirst().orElse("none");
        all.forEach(m -> m.activate(m == chosen));
        changed(chosen, "active model: " + before + " -> " + chosen.code());
        return ModelView.of(chosen);
    }

    /** A council's own model, starting as a copy of another (levels, gates, timescales). */
    @RolesAllowed(Roles.ADMIN)
    public ModelView copy(String fromCode, String newCode, String name) {
        PathwayModel from = model(fromCode);
        if (em.createNamedQuery(PathwayModel.BY_CODE, PathwayModel.class)
                .setParameter("code", newCode == null ? "" : newCode.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findAny().isPresent()) {
            throw new InvalidInputException("code", "A pathway model with code " + newCode + " already exists");
        }
        PathwayModel copy;
        try {
            copy = new PathwayModel(newCode, name);
            copy.rename(name, from.description());
            copy.timescales(from.timescales());
            for (PathwayLevel level : from.levels()) {
                PathwayLevel l = copy.addLevel(level.code(), level.name());
                l.describe(level.name(), level.description(), level.entryIndicators(), level.entryBelowPercent(),
                        level.statutory());
                l.review(level.reviewRule());
                l.maximumDuration(level.maximumDuration());
                l.workedBy(level.workedBy());
                l.requireEvidence(level.requirements());
            }
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("model", invalid.getMessage());
        }
        em.persist(copy);
        changed(copy, "new model " + copy.code() + " (" + copy.name() + "), a copy of " + from.code());
        return ModelView.of(copy);
    }

    @RolesAllowed(Roles.ADMIN)
    public ModelView updateTimescales(String code, PathwayModel.Timescales timescales, long version) {
        PathwayModel model = model(code);
        if (model.version() != version) {
            throw new OptimisticLockException("Pathway model " + code + " changed since version " + version);
        }
        PathwayModel.Timescales before = model.timescales();
        try {
            model.timescales(timescales);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("timescales", invalid.getMessage());
        }
        em.flush();
        changed(model, "timescales: " + before + " -> " + model.timescales());
        return ModelView.of(model);
    }

    @RolesAllowed(Roles.ADMIN)
    public ModelView addLevel(String code, String levelCode, String name) {
        PathwayModel model = model(code);
        try {
            model.addLevel(levelCode, name);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("level", invalid.getMessage());
        }
        em.flush();
        changed(model, "level added: " + levelCode + " (" + name + ")");
        return ModelView.of(model);
    }

    @RolesAllowed(Roles.ADMIN)
    public ModelView updateLevel(String code, String levelCode, LevelEdit edit) {
        PathwayModel model = model(code);
        PathwayLevel level = model.level(levelCode).orElseThrow(() -> new NotVisibleException("Level " + levelCode
                + " of pathway model " + code));
        if (edit.version() != null && level.version() != edit.version()) {
            throw new OptimisticLockException("Level " + levelCode + " changed since version " + edit.version());
        }
        String before = describe(level);
        try {
            level.describe(edit.name(), edit.description(), edit.entryIndicators(), edit.entryBelowPercent(),
                    edit.statutory());
            level.review(new TimeRule(unit("reviewUnit", edit.reviewUnit()),
                    edit.reviewAmount() == null ? 0 : edit.reviewAmount()));
            level.maximumDuration(edit.maxUnit() == null || edit.maxUnit().isBlank() ? null
                    : new TimeRule(unit("maxUnit", edit.maxUnit()), edit.maxAmount() == null ? 0 : edit.maxAmount()));
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : edit.workedBy() == null ? List.<String>of() : edit.workedBy()) {
                try {
                    roles.add(Role.valueOf(role.strip()));
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("workedBy: '" + role + "' is not a role: one of "
                            + java.util.Arrays.toString(Role.values()));
                }
            }
            level.workedBy(roles);
            List<PathwayLevel.Requirement> requirements = new ArrayList<>();
            for (EvidenceView e : edit.evidence() == null ? List.<EvidenceView>of() : edit.evidence()) {
                requirements.add(new PathwayLevel.Requirement(EvidenceKind.of("evidence kind", e.kind()), e.label(),
                        e.minCount()));
            }
            level.requireEvidence(requirements);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("level " + levelCode, invalid.getMessage());
        }
        em.flush();
        changed(model, "level " + level.code() + ": " + before + " -> " + describe(level));
        return ModelView.of(model);
    }

    private void changed(PathwayModel model, String detail) {
        audit.fire(AuditEvent.change(null, "pathway model " + model.code(), detail));
    }

    private static String describe(PathwayLevel level) {
        return "{" + level.name() + (level.statutory() ? ", statutory" : "") + ", entry below "
                + level.entryBelowPercent() + "%, review " + level.reviewRule() + ", at most "
                + level.maximumDuration() + ", worked by " + level.workedBy() + ", evidence "
                + level.requirements().stream().map(r -> r.minCount() + " " + r.kind()).toList() + "}";
    }


    private static TimeRule.Unit unit(String field, String unit) {
        try {
            return TimeRule.Unit.valueOf(unit == null ? "" : unit.strip());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(field + " '" + unit + "' is not one of SCHOOL_WEEKS, SCHOOL_DAYS,"
                    + " HALF_TERM");
        }
    }
}

package uk.gov.pathway.web.view.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import uk.gov.pathway.casework.boundary.PathwayModels;
import uk.gov.pathway.casework.boundary.PathwayModels.EvidenceView;
import uk.gov.pathway.casework.boundary.PathwayModels.LevelView;
import uk.gov.pathway.casework.boundary.PathwayModels.ModelView;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.PathwayModel;
import uk.gov.pathway.casework.entity.TimeRule;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * The administrator configures the pathway: which model new cases open on, a council's own copy, the timescales, and
 * each level (entry, gate evidence, review interval, maximum duration, who works it).
 */
@Named
@ViewScoped
public class PathwayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of a level's evidence list as the form edits it. */
    public static class EvidenceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind;
        private String label;
        private String minCount = "1";

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getMinCount() {
            return minCount;
        }

        public void setMinCount(String minCount) {
            this.minCount = minCount;
        }
    }

    @EJB
    PathwayModels models;

    private List<ModelView> all = List.of();
    private ModelView selected;
    private String copyFrom;
    private String copyCode;
    private String copyName;
    private String newLevelCode;
    private String newLevelName;
    private final List<String> timescales = new ArrayList<>();

    private String levelCode;
    private String name;
    private String description;
    private String entryIndicators;
    private String entryBelowPercent;
    private boolean statutory;
    private String reviewUnit;
    private String reviewAmount;
    private String maxUnit;
    private String maxAmount;
    private List<String> workedBy = new ArrayList<>();
    private final List<EvidenceRow> evidence = new ArrayList<>();
    private Long levelVersion;

    @PostConstruct
    void load() {
        all = models.all();
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("model");
        selected = all.stream().filter(m -> m.code().equals(code)).findFirst()
                .orElse(all.stream().filter(ModelView::active).findFirst().orElse(all.isEmpty() ? null : all.get(0)));
        showTimescales();
    }

    public void select(ModelView model) {
        selected = model;
        levelCode = null;
        showTimescales();
    }

    public void activate(ModelView model) {
        run(() -> {
            selected = models.activate(model.code());
            info(selected.name() + " is active: new cases open on it; open cases stay on theirs");
        });
    }

    public void copy() {
        run(() -> {
            if (copyCode == null || copyCode.isBlank()) {
                throw new InvalidInputException("code", "Enter a code for the new model, for example COUNCIL");
            }
            selected = models.copy(copyFrom, copyCode, copyName);
            info("Copied to " + selected.code() + " (" + selected.name() + ")");
            copyCode = null;
            copyName = null;
            levelCode = null;
            showTimescales();
        });
    }

    public void saveTimescales() {
        run(() -> {
            PathwayModel.Timescales t;
            try {
                t = new PathwayModel.Timescales(number(0), number(1), number(2), number(3), number(4), number(5),
                        number(6));
            } catch (IllegalArgumentException invalid) {
                throw new InvalidInputException("timescales", invalid.getMessage());
            }
            selected = models.updateTimescales(selected.code(), t, selected.version());
            info("The timescales of " + selected.name() + " are saved");
            showTimescales();
        });
    }

    public void edit(LevelView level) {
        levelCode = level.code();
        name = level.name();
        description = level.description();
        entryIndicators = level.entryIndicators();
        entryBelowPercent = level.entryBelowPercent() == null ? null : level.entryBelowPercent().toPlainString();
        statutory = level.statutory();
        reviewUnit = level.review() == null ? TimeRule.Unit.SCHOOL_WEEKS.name() : level.review().unit();
        reviewAmount = level.review() == null ? null : String.valueOf(level.review().amount());
        maxUnit = level.maximumDuration() == null ? "" : level.maximumDuration().unit();
        maxAmount = level.maximumDuration() == null ? null : String.valueOf(level.maximumDuration().amount());
        workedBy = new ArrayList<>(level.workedBy());
        evidence.clear();
        for (EvidenceView e : level.evidence()) {
            EvidenceRow row = new EvidenceRow();
            row.setKind(e.kind());
            row.setLabel(e.label());
            row.setMinCount(String.valueOf(e.minCount()));
            evidence.add(row);
        }
        levelVersion = level.version();
    }

    public void addEvidence() {
        evidence.add(new EvidenceRow());
    }

    public void removeEvidence(EvidenceRow row) {
        evidence.remove(row);
    }

    public void saveLevel() {
        run(() -> {
            List<EvidenceView> items = new ArrayList<>();
            for (int i = 0; i < evidence.size(); i++) {
                EvidenceRow row = evidence.get(i);
                items.add(new EvidenceView(row.getKind(), row.getLabel(),
                        integer("Evidence " + (i + 1) + " number needed", row.getMinCount())));
            }
            BigDecimal below = null;
            if (entryBelowPercent != null && !entryBelowPercent.isBlank()) {
                try {
                    below = new BigDecimal(entryBelowPercent.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("entryBelowPercent", "Entry attendance below % must be a number"
                            + " such as 90 or 92.5; got '" + entryBelowPercent + "'");
                }
            }
            selected = models.updateLevel(selected.code(), levelCode, new PathwayModels.LevelEdit(name, description,
                    entryIndicators, below, statutory, reviewUnit, integer("Review every", reviewAmount),
                    maxUnit == null || maxUnit.isBlank() ? null : maxUnit,
                    maxUnit == null || maxUnit.isBlank() ? null : integer("Maximum duration", maxAmount), workedBy,
                    items, levelVersion));
            info("Level " + levelCode + " of " + selected.name() + " is saved");
            selected.levels().stream().filter(l -> l.code().equals(levelCode)).findFirst().ifPresent(this::edit);
        });
    }

    public void addLevel() {
        run(() -> {
            selected = models.addLevel(selected.code(), newLevelCode, newLevelName);
            info("Level " + newLevelCode + " added to " + selected.name() + "; describe it below");
            selected.levels().stream().filter(l -> l.code().equalsIgnoreCase(newLevelCode.strip())).findFirst()
                    .ifPresent(this::edit);
            newLevelCode = null;
            newLevelName = null;
        });
    }

    /** Runs a change and turns what the service refuses into a message; a stale version reloads the model. */
    private void run(Runnable change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            // Read again once committed: the versions the next edit sends are those the database holds.
            reload();
        } catch (InvalidInputException | NotVisibleException | IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (OptimisticLockException | EJBException e) {
            if (!stale(e)) {
                throw e;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Someone else changed "
                    + (selected == null ? "this model" : selected.name()) + " since you opened it: the page now"
                    + " shows their version; make your change again", null));
            reload();
        }
        all = models.all();
    }

    private void reload() {
        String code = selected == null ? null : selected.code();
        all = models.all();
        selected = all.stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
        showTimescales();
        if (selected != null && levelCode != null) {
            selected.levels().stream().filter(l -> l.code().equals(levelCode)).findFirst().ifPresent(this::edit);
        }
    }

    private void showTimescales() {
        timescales.clear();
        if (selected != null) {
            PathwayModel.Timescales t = selected.timescales();
            for (int value : new int[]{t.earlyHelpCheckWeeks(), t.notSuitableReviewWeeks(), t.aimReviewWeeks(),
                    t.aimExtensions(), t.tafIntervalWeeks(), t.ehaReviewWeeks(), t.driftSchoolDays()}) {
                timescales.add(String.valueOf(value));
            }
        }
    }

    private int number(int index) {
        return integer(TIMESCALE_LABELS.get(index), timescales.get(index));
    }

    private static Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, field + " is required: a whole number");
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number; got '" + text + "'");
        }
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public static final List<String> TIMESCALE_LABELS = List.of(
            "Early Help Assessment after Level 1 with little improvement (school weeks)",
            "Review of a referral not suitable for now (school weeks, at most)",
            "AIM action plan reviewed after (school weeks)",
            "AIM extensions allowed",
            "TAF meetings at least every (school weeks)",
            "Early Help Assessment reviewed via TAF every (school weeks)",
            "Drift: no recorded work for (school days)");

    public List<String> getTimescaleLabels() {
        return TIMESCALE_LABELS;
    }

    public List<String> getTimescales() {
        return timescales;
    }

    public List<ModelView> getModels() {
        return all;
    }

    public ModelView getSelected() {
        return selected;
    }

    public List<EvidenceKind> getEvidenceKinds() {
        return Arrays.asList(EvidenceKind.values());
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN && r != Role.PANEL_CHAIR
                && r != Role.PANEL_MEMBER && r != Role.LEGAL_OFFICER).toList();
    }

    public TimeRule.Unit[] getUnits() {
        return TimeRule.Unit.values();
    }

    public boolean isEditingLevel() {
        return levelCode != null;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    public String getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(String copyFrom) {
        this.copyFrom = copyFrom;
    }

    public String getCopyCode() {
        return copyCode;
    }

    public void setCopyCode(String copyCode) {
        this.copyCode = copyCode;
    }

    public String getCopyName() {
        return copyName;
    }

    public void setCopyName(String copyName) {
        this.copyName = copyName;
    }

    public String getNewLevelCode() {
        return newLevelCode;
    }

    public void setNewLevelCode(String newLevelCode) {
        this.newLevelCode = newLevelCode;
    }

    public String getNewLevelName() {
        return newLevelName;
    }

    public void setNewLevelName(String newLevelName) {
        this.newLevelName = newLevelName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEntryIndicators() {
        return entryIndicators;
    }

    public void setEntryIndicators(String entryIndicators) {
        this.entryIndicators = entryIndicators;
    }

    public String getEntryBelowPercent() {
        return entryBelowPercent;
    }

    public void setEntryBelowPercent(String entryBelowPercent) {
        this.entryBelowPercent = entryBelowPercent;
    }

    public boolean isStatutory() {
        return statutory;
    }

    public void setStatutory(boolean statutory) {
        this.statutory = statutory;
    }

    public String getReviewUnit() {
        return reviewUnit;
    }

    public void setReviewUnit(String reviewUnit) {
        this.reviewUnit = reviewUnit;
    }

    public String getReviewAmount() {
        return reviewAmount;
    }

    public void setReviewAmount(String reviewAmount) {
        this.reviewAmount = reviewAmount;
    }

    public String getMaxUnit() {
        return maxUnit;
    }

    public void setMaxUnit(String maxUnit) {
        this.maxUnit = maxUnit;
    }

    public String getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(String maxAmount) {
        this.maxAmount = maxAmount;
    }

    public List<String> getWorkedBy() {
        return workedBy;
    }

    public void setWorkedBy(List<String> workedBy) {
        this.workedBy = workedBy;
    }

    /** A stale version: the service's own check, or the database's at commit (wrapped by the container). */
    private static boolean stale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}

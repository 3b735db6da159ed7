package uk.gov.pathway.casework.control;

import java.time.LocalDate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.PathwayLevel;
import uk.gov.pathway.casework.entity.PathwayModel;
import uk.gov.pathway.casework.entity.ReviewOutcome;
import uk.gov.pathway.casework.entity.TimeRule;
import uk.gov.pathway.kernel.deadlines.DeadlineSettings;
import uk.gov.pathway.kernel.deadlines.CountedDeadline;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;
import uk.gov.pathway.casework.entity.PathwayTimescale;
import uk.gov.pathway.kernel.deadlines.Timescale;

/**
 * Which deadlines a case runs on (spec/PRODUCT.md, timescales; the numbers from the case's pathway model): on entering
 * a level, its review (the first level: the Early Help check; a statutory level: the half-term statutory review) and
 * its maximum duration (Knowsley Level 2: the half-term cap); after an AIM, its review, and after one extension the
 * extension's review; after a TAF meeting, the next one; after an Early Help Assessment, its review via TAF. Every
 * recorded activity feeds the drift watch. The deadlines fire by themselves (kernel.deadlines).
 */
@Dependent
public class CaseScheduler {

    public static final String SUBJECT = "case";
    public static final String REFERRAL = "referral";
    static final String LEVEL_REVIEW = "LEVEL_REVIEW";

    @EJB
    Deadlines deadlines;

    /** Who owns a case's deadlines while it waits for allocation. */
    @Inject
    @ConfigProperty(name = DeadlineSettings.MANAGER, defaultValue = "sas-manager")
    String fallbackManager = "sas-manager";

    /** The case arrived at its current level on {@code day} (opened, stepped up or down). */
    public void levelEntered(CaseFile c, LocalDate day) {
        deadlines.completeOpen(SUBJECT, c.id(), java.util.Set.of(LEVEL_REVIEW,
                PathwayTimescale.L1_EARLY_HELP_CHECK.name(), PathwayTimescale.STATUTORY_REVIEW.name(),
                PathwayTimescale.L2_CAP.name(), PathwayTimescale.AIM_REVIEW.name(),
                PathwayTimescale.AIM_EXTENSION.name()));
        PathwayLevel level = c.level();
        PathwayModel model = c.model();
        if (level.position() == 1 && !level.statutory()) {
            schedule(c, PathwayTimescale.L1_EARLY_HELP_CHECK.name(), PathwayTimescale.L1_EARLY_HELP_CHECK.description(),
                    Timescale.schoolWeeks(model.timescales().earlyHelpCheckWeeks()), day);
        } else if (level.statutory()) {
            schedule(c, PathwayTimescale.STATUTORY_REVIEW.name(), PathwayTimescale.STATUTORY_REVIEW.description(),
                    level.reviewRule(), day);
        } else {
            schedule(c, LEVEL_REVIEW, "Review the case at " + level.code() + " (every " + level.reviewRule() + ")",
                    level.reviewRule(), day);
        }
        if (level.maximumDuration() != null) {
            schedule(c, PathwayTimescale.L2_CAP.name(), level.code() + " may last " + level.maximumDuration()
                    + ": escalate or close the case", level.maximumDuration(), day);
        }
        touched(c, day);
    }

    /** A contact or meeting of this kind was recorded on {@code day}. */
    public void recorded(CaseFile c, EvidenceKind kind, LocalDate day) {
        PathwayModel.Timescales t = c.model().timescales();
        if (kind == EvidenceKind.AIM_MEETING) {
            deadlines.completeOpen(SUBJECT, c.id(), java.util.Set.of(PathwayTimescale.AIM_REVIEW.name(),
                    PathwayTimescale.AIM_EXTENSION.name()));
            schedule(c, PathwayTimescale.AIM_REVIEW.name(), PathwayTimescale.AIM_REVIEW.description(),
                    Timescale.schoolWeeks(t.aimReviewWeeks()), day);
        } else if (kind == EvidenceKind.TAF_MEETING) {
            deadlines.completeOpen(SUBJECT, c.id(), PathwayTimescale.TAF_MEETING.name());
            schedule(c, PathwayTimescale.TAF_MEETING.name(), PathwayTimescale.TAF_MEETING.description(),
                    Timescale.schoolWeeks(t.tafIntervalWeeks()), day);
        } else if (kind == EvidenceKind.EARLY_HELP_ASSESSMENT) {
            deadlines.completeOpen(SUBJECT, c.id(), java.util.Set.of(PathwayTimescale.L1_EARLY_HELP_CHECK.name(),
                    PathwayTimescale.EHA_REVIEW.name()));
            schedule(c, PathwayTimescale.EHA_REVIEW.name(), PathwayTimescale.EHA_REVIEW.description(),
                    Timescale.schoolWeeks(t.ehaReviewWeeks()), day);
        }
        touched(c, day);
    }

    /** A review decided to continue or extend on {@code day}: the review deadlines met, the next ones set. */
    public void reviewed(CaseFile c, ReviewOutcome outcome, LocalDate day) {
        boolean aimUnderReview = deadlines.completeOpen(SUBJECT, c.id(), PathwayTimescale.AIM_REVIEW.name()) > 0;
        deadlines.completeOpen(SUBJECT, c.id(), java.util.Set.of(PathwayTimescale.AIM_EXTENSION.name(), LEVEL_REVIEW,
                PathwayTimescale.STATUTORY_REVIEW.name(), PathwayTimescale.L1_EARLY_HELP_CHECK.name()));
        PathwayLevel level = c.level();
        if (outcome == ReviewOutcome.EXTEND && aimUnderReview) {
            schedule(c, PathwayTimescale.AIM_EXTENSION.name(), PathwayTimescale.AIM_EXTENSION.description(),
                    Timescale.schoolWeeks(c.model().timescales().aimReviewWeeks()), day);
        } else if (level.statutory()) {
            schedule(c, PathwayTimescale.STATUTORY_REVIEW.name(), PathwayTimescale.STATUTORY_REVIEW.description(),
                    level.reviewRule(), day);
        } else {
            schedule(c, LEVEL_REVIEW, "Review the case at " + level.code() + " (every " + level.reviewRule() + ")",
                    level.reviewRule(), day);
        }
        touched(c, day);
    }

    public void touched(CaseFile c, LocalDate day) {
        deadlines.touch(SUBJECT, c.id(), owner(c), c.pupilIds().stream().findFirst().orElse(null), day,
                c.model().timescales().driftSchoolDays());
    }

    public void allocated(CaseFile c) {
        deadlines.reassign(SUBJECT, c.id(), owner(c));
    }

    public void closed(CaseFile c) {
        deadlines.cancelAll(SUBJECT, c.id());
        deadlines.stopWatching(SUBJECT, c.id());
    }

    /** A referral not suitable for now must be looked at again by its review date. */
    public void referralToReview(long referralId, long pupilId, String owner, String childName, LocalDate reviewBy) {
        deadlines.schedule(new NewDeadline(PathwayTimescale.NOT_SUITABLE_REVIEW.name(), "Review the referral of "
                + childName + " judged not suitable for now", REFERRAL, referralId, pupilId, owner, reviewBy));
    }

    public void referralDecided(long referralId) {
        deadlines.cancelAll(REFERRAL, referralId);
    }

    private void schedule(CaseFile c, String kind, String title, TimeRule rule, LocalDate day) {
        schedule(c, kind, title, rule.timescale(), day);
    }

    /**
     * Due {@code timescale} from {@code day}, counted on the council's school calendar, the only counter of school
     * time. Where the calendar does not reach that far (next year's term dates not configured), nothing is guessed:
     * the deadline waits, the administrator gets a task to configure the year, and adding it sets the deadline.
     */
    private void schedule(CaseFile c, String kind, String title, Timescale timescale, LocalDate day) {
        deadlines.scheduleCounted(new CountedDeadline(kind, "Case " + c.id() + ": " + title, SUBJECT, c.id(),
                c.pupilIds().stream().findFirst().orElse(null), owner(c), timescale, day));
    }

    /** The allocated officer, or the service manager while the case waits for allocation. */
    String owner(CaseFile c) {
        return c.officer() != null ? c.officer() : fallbackManager;
    }
}

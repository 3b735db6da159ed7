package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.PathwayModels;
import uk.gov.pathway.casework.boundary.Referrals;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/** Triage of one referral: accept at a level, not suitable for now (with a review-by date), or decline. */
@Named
@ViewScoped
public class TriageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Referrals referrals;

    @EJB
    PathwayModels models;

    private Long id;
    private Referrals.ReferralView referral;
    private List<PathwayModels.LevelView> levels = List.of();
    private String level;
    private String notSuitableReason;
    private LocalDate reviewBy;
    private String declineReason;

    public void load() {
        try {
            referral = referrals.referral(id == null ? -1 : id);
            levels = models.active().levels();
        } catch (NotVisibleException e) {
            referral = null;
            Feedback.notFound();
        }
    }

    public String accept() {
        Referrals.ReferralView[] accepted = new Referrals.ReferralView[1];
        if (level == null || level.isBlank()) {
            Feedback.error("Level: choose the level to accept the referral at");
            return null;
        }
        if (Feedback.attempt("Referral accepted at " + level + ": the case is open",
                () -> accepted[0] = referrals.accept(referral.id(), level, referral.version()))) {
            Feedback.keepForRedirect();
            return "/case/workspace?faces-redirect=true&id=" + accepted[0].caseId();
        }
        return reload();
    }

    public String notSuitable() {
        if (Feedback.attempt("Referral marked not suitable for now; it comes back for triage by the review date",
                () -> referrals.notSuitableNow(referral.id(), notSuitableReason, reviewBy, referral.version()))) {
            Feedback.keepForRedirect();
            return "/officer/caseload?faces-redirect=true";
        }
        return reload();
    }

    public String decline() {
        if (Feedback.attempt("Referral declined; the school sees your reason",
                () -> referrals.decline(referral.id(), declineReason, referral.version()))) {
            Feedback.keepForRedirect();
            return "/officer/caseload?faces-redirect=true";
        }
        return reload();
    }

    private String reload() {
        load();
        return null;
    }

    public boolean isFound() {
        return referral != null;
    }

    public boolean isTriageable() {
        return referral != null && (referral.status().equals("SUBMITTED") || referral.status().equals("NOT_SUITABLE"));
    }

    public Referrals.ReferralView getReferral() {
        return referral;
    }

    public List<PathwayModels.LevelView> getLevels() {
        return levels;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getNotSuitableReason() { return notSuitableReason; }
    public void setNotSuitableReason(String v) { this.notSuitableReason = v; }
    public LocalDate getReviewBy() { return reviewBy; }
    public void setReviewBy(LocalDate reviewBy) { this.reviewBy = reviewBy; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String v) { this.declineReason = v; }
}

package uk.gov.pathway.web.view.panels;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;

/**
 * case/panels.xhtml?id=: those who work a case refer it to a panel (the form pre-filled from the case's evidence; the
 * manager may refer without what the panel requires, with a reason) and follow each referral to its decision.
 */
@Named
@ViewScoped
public class CasePanelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Panels panels;

    private Long id;
    private List<PanelRecords.ReferralView> referrals;
    private List<PanelRecords.PanelView> open;
    private String panel = "CLAAG";
    private String reason;
    private String overrideReason;

    public void load() {
        try {
            referrals = panels.referralsOfCase(id == null ? -1 : id);
        } catch (NotVisibleException e) {
            referrals = null;
            PanelFeedback.notFound();
            return;
        }
        open = panels.panels().stream().filter(PanelRecords.PanelView::referralForm).toList();
    }

    public boolean isFound() {
        return referrals != null;
    }

    public void refer() {
        if (PanelFeedback.attempt("Referred to the panel: its chair lists it on a meeting",
                () -> panels.refer(panel, id, reason, overrideReason))) {
            reason = null;
            overrideReason = null;
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<PanelRecords.ReferralView> getReferrals() {
        return referrals;
    }

    public List<PanelRecords.PanelView> getOpen() {
        return open;
    }

    public String getPanel() {
        return panel;
    }

    public void setPanel(String panel) {
        this.panel = panel;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}

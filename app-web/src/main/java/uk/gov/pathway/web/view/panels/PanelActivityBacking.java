package uk.gov.pathway.web.view.panels;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;

/** manager/panels.xhtml: every panel's activity and outcomes, the latest decisions, the coming meetings. */
@Named
@RequestScoped
public class PanelActivityBacking {

    @EJB
    Panels panels;

    private List<PanelRecords.PanelActivity> activity;
    private List<PanelRecords.DecisionView> decisions;
    private List<PanelRecords.MeetingRow> upcoming;

    @PostConstruct
    void load() {
        activity = panels.activity();
        decisions = panels.recentDecisions(30);
        upcoming = panels.upcoming().stream().limit(15).toList();
    }

    public List<PanelRecords.PanelActivity> getActivity() {
        return activity;
    }

    public List<PanelRecords.DecisionView> getDecisions() {
        return decisions;
    }

    public List<PanelRecords.MeetingRow> getUpcoming() {
        return upcoming;
    }
}

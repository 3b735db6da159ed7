package uk.gov.pathway.web.view.panels;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;

/**
 * panel/home.xhtml: a member's and a chair's panel meetings (coming and past); the chair plans a meeting of the
 * panels they chair and sees the referrals waiting to be listed.
 */
@Named
@ViewScoped
public class PanelHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Panels panels;

    @jakarta.inject.Inject
    uk.gov.pathway.web.view.CurrentUserBacking user;

    private List<PanelRecords.MeetingRow> upcoming;
    private List<PanelRecords.MeetingRow> past;
    private List<PanelRecords.PanelView> chaired;
    private String panel;
    private String date;
    private String time;
    private String place;

    @PostConstruct
    void load() {
        upcoming = panels.upcoming();
        past = panels.past();
        String me = user.getUsername();
        chaired = panels.panels().stream().filter(p -> p.chair().equals(me)).toList();
        if (panel == null && !chaired.isEmpty()) {
            panel = chaired.get(0).code();
        }
    }

    public void plan() {
        PanelFeedback.attempt("Meeting planned for " + date, () -> {
            LocalDate day;
            try {
                day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("date", "Write the date as YYYY-MM-DD, for example 2026-02-10");
            }
            panels.planMeeting(panel, day, time, place);
        });
        load();
    }

    public List<PanelRecords.ReferralView> waiting(String code) {
        return panels.waiting(code);
    }

    public List<PanelRecords.MeetingRow> getUpcoming() {
        return upcoming;
    }

    public List<PanelRecords.MeetingRow> getPast() {
        return past;
    }

    public List<PanelRecords.PanelView> getChaired() {
        return chaired;
    }

    public String getPanel() {
        return panel;
    }

    public void setPanel(String panel) {
        this.panel = panel;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}

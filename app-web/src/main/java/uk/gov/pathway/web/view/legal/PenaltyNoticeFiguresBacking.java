package uk.gov.pathway.web.view.legal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.boundary.PenaltyNotices;
import uk.gov.pathway.web.api.legal.DfeReturnFiles;
import uk.gov.pathway.web.view.Download;

/**
 * manager/penalty-notices.xhtml: the manager's figures for an academic year: notices by month and main reason, where
 * they stand (the DfE return, which adds up), the payment rate; the return as CSV and Excel.
 */
@Named
@ViewScoped
public class PenaltyNoticeFiguresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PenaltyNotices notices;

    @Inject
    transient Clock clock;

    private Integer year;
    private PenaltyNotices.Figures figures;

    /**
     * The page's view action, before it renders: reads what the caller may see, so that a role the services refuse
     * gets the 403 page (a refusal while rendering could only fail the answer).
     */
    public void open() {
        load();
    }

    void load() {
        if (year == null) {
            LocalDate today = SystemClock.today(clock);
            year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        }
        figures = notices.figures(year);
    }

    public void show() {
        figures = notices.figures(year);
    }

    /** Stacked bars (Chart.js for p:chart): notices issued each month, by main reason. */
    public String getByMonthChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder holiday = Json.createArrayBuilder();
        JsonArrayBuilder lateness = Json.createArrayBuilder();
        JsonArrayBuilder other = Json.createArrayBuilder();
        for (PenaltyNotices.MonthCount m : figures.byMonth()) {
            labels.add(m.month());
            holiday.add(m.holiday());
            lateness.add(m.lateness());
            other.add(m.other());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Holiday").add("data", holiday).add("backgroundColor", "#1d70b8"))
                        .add(Json.createObjectBuilder().add("label", "Lateness").add("data", lateness).add("backgroundColor", "#505a5f"))
                        .add(Json.createObjectBuilder().add("label", "Other").add("data", other).add("backgroundColor", "#d4351c"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("min", 0))))
                .build().toString();
    }

    /** Bars: where the year's notices stand (paid in 21 days, in 22-28, withdrawn, prosecuted, unresolved). */
    public String getOutcomesChart() {
        var o = figures.outcomes();
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add("Paid within 21 days").add("Paid in days 22-28")
                                .add("Withdrawn").add("Prosecuted").add("Unresolved"))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Notices")
                                .add("data", Json.createArrayBuilder().add(o.paidWithin21Days()).add(o.paidIn22To28Days())
                                        .add(o.withdrawn()).add(o.prosecuted()).add(o.unresolved()))
                                .add("backgroundColor", "#1d70b8"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0))))
                .build().toString();
    }

    public void downloadCsv() throws IOException {
        Download.send("penalty-notices-dfe-return-" + year + ".csv", "text/csv; charset=UTF-8",
                DfeReturnFiles.csv(figures.outcomes()).getBytes(StandardCharsets.UTF_8));
    }

    public void downloadXlsx() throws IOException {
        Download.send("penalty-notices-dfe-return-" + year + ".xlsx", DfeReturnFiles.XLSX,
                DfeReturnFiles.xlsx(figures.outcomes()));
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public PenaltyNotices.Figures getFigures() {
        return figures;
    }

    public String getYearLabel() {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }

    /** On the node a session moves to (README "Cluster"): obtained there again, not copied with the session. */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        clock = jakarta.enterprise.inject.spi.CDI.current().select(Clock.class).get();
    }
}

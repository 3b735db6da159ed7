package uk.gov.pathway.web.view.manager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import uk.gov.pathway.casework.boundary.CaseworkDashboard;
import uk.gov.pathway.casework.boundary.CaseworkDashboard.InterventionOutcome;

/** The outcomes dashboard: attendance before and after each kind of intervention, cases by level and by outcome. */
@Named
@ViewScoped
public class OutcomesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseworkDashboard dashboard;

    private CaseworkDashboard.Outcomes outcomes;

    @PostConstruct
    void load() {
        outcomes = dashboard.outcomes();
    }

    public CaseworkDashboard.Outcomes getOutcomes() {
        return outcomes;
    }

    /** The bar chart (Chart.js configuration for p:chart): average attendance before and after, per intervention. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        JsonArrayBuilder after = Json.createArrayBuilder();
        for (InterventionOutcome o : outcomes.interventions()) {
            labels.add(o.label());
            add(before, o.averageBefore());
            add(after, o.averageAfter());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Average attendance before (%)")
                                .add("data", before).add("backgroundColor", "#505a5f"))
                        .add(Json.createObjectBuilder().add("label", "Average attendance since (%)")
                                .add("data", after).add("backgroundColor", "#1d70b8"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    private static void add(JsonArrayBuilder values, BigDecimal value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    /** The same figures as the table, as a CSV file. */
    public void download() throws IOException {
        StringBuilder csv = new StringBuilder("intervention,reviews,average_attendance_before,average_attendance_after\n");
        for (InterventionOutcome o : outcomes.interventions()) {
            csv.append(o.intervention()).append(',').append(o.reviews()).append(',')
                    .append(o.averageBefore() == null ? "" : o.averageBefore().toPlainString()).append(',')
                    .append(o.averageAfter() == null ? "" : o.averageAfter().toPlainString()).append('\n');
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"intervention-outcomes.csv\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }
}

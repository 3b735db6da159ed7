package uk.gov.pathway.web.api.panels;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;

/** After a decision: the MASH's outcome of an educational neglect decision. */
@Path("panel-decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PanelDecisionsResource {

    public record MashOutcome(String outcome, LocalDate receivedOn, String notes) {
    }

    @EJB
    Panels panels;

    /** {"outcome": "AGREES|DISAGREES", "receivedOn", "notes"}: DISAGREES brings the case back to the CLAAG. */
    @POST
    @Path("{id: \\d+}/mash-outcome")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.PANEL_CHAIR})
    public PanelRecords.DecisionView mash(@PathParam("id") long id, MashOutcome outcome) {
        return outcome == null ? panels.mashOutcome(id, null, null, null)
                : panels.mashOutcome(id, outcome.outcome(), outcome.receivedOn(), outcome.notes());
    }
}

package uk.gov.pathway.web.api.panels;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;

/** The service manager's view of panel activity and outcomes. */
@Path("panel-activity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SAS_MANAGER)
public class PanelActivityResource {

    public record Activity(List<PanelRecords.PanelActivity> panels, List<PanelRecords.DecisionView> decisions) {
    }

    @EJB
    Panels panels;

    /** Every panel's meetings held and planned, referrals waiting and decisions by outcome; the latest decisions. */
    @GET
    public Activity activity() {
        return new Activity(panels.activity(), panels.recentDecisions(50));
    }
}

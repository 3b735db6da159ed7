package uk.gov.pathway.web.api.legal.orders;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.legal.orders.boundary.PupilOrders;
import uk.gov.pathway.web.api.Parameters;

/** The statuses of a child's orders and contracts (a school lead: their own pupils only, else 404). */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("pupils/{upn}/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PupilOrdersResource {

    @EJB
    PupilOrders orders;

    @GET
    public List<PupilOrders.OrderStatus> of(@PathParam("upn") String upn) {
        return orders.of(Parameters.upn(upn));
    }
}

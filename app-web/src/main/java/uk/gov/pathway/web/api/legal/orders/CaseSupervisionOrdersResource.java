package uk.gov.pathway.web.api.legal.orders;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.legal.orders.boundary.SupervisionOrders;
import uk.gov.pathway.web.api.Parameters;

/**
 * {@code POST /cases/{id}/education-supervision-orders} (spec/API.md): the order the Family Court made, answered 201
 * with {@code {"id", "madeOn", "endsOn", "extensionWindowOpens"}}; and the case's orders.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
@Path("cases/{id: \\d+}/education-supervision-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseSupervisionOrdersResource {

    /** {@code madeOn} and {@code supervisingOfficer} as the contract says; the rest optional. */
    public record NewOrder(String madeOn, String supervisingOfficer, String upn, String consultedOn,
                           String consultation, String appliedOn, String heardOn, String directions, String wishes) {
    }

    @EJB
    SupervisionOrders orders;

    @PathParam("id")
    long caseId;

    @POST
    public Response make(NewOrder order) {
        if (order == null) {
            throw new InvalidInputException("madeOn", "Send {\"madeOn\": \"YYYY-MM-DD\", \"supervisingOfficer\": \"…\"}");
        }
        SupervisionOrders.OrderMade made = orders.make(caseId, new SupervisionOrders.NewOrder(order.upn(),
                date("madeOn", order.madeOn()), order.supervisingOfficer(), date("consultedOn", order.consultedOn()),
                order.consultation(), date("appliedOn", order.appliedOn()), date("heardOn", order.heardOn()),
                order.directions(), order.wishes()));
        return Response.created(URI.create("education-supervision-orders/" + made.id())).entity(made).build();
    }

    @GET
    public List<SupervisionOrders.OrderView> ofCase() {
        return orders.ofCase(caseId);
    }

    private static LocalDate date(String name, String text) {
        return Parameters.date(name, text);
    }
}

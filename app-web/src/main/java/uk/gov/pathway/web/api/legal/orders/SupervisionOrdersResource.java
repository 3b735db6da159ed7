package uk.gov.pathway.web.api.legal.orders;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.legal.orders.boundary.SupervisionOrders;
import uk.gov.pathway.web.api.Parameters;

/** An Education Supervision Order: directions, extensions, breaches and an early end (read with its case). */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
@Path("education-supervision-orders/{id: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionOrdersResource {

    public record Directions(String directions, String wishes) {
    }

    public record Extension(String appliedOn, Integer years) {
    }

    public record Breach(String kind, String on, String note) {
    }

    public record End(String on, String reason) {
    }

    @EJB
    SupervisionOrders orders;

    @PathParam("id")
    long id;

    @POST
    @Path("directions")
    public SupervisionOrders.OrderView directions(Directions d) {
        return orders.directions(id, d == null ? null : d.directions(), d == null ? null : d.wishes());
    }

    @POST
    @Path("extensions")
    public SupervisionOrders.OrderView extend(Extension e) {
        return orders.extend(id, e == null ? null : Parameters.date("appliedOn", e.appliedOn()),
                e == null ? null : e.years());
    }

    @POST
    @Path("breaches")
    public SupervisionOrders.OrderView breach(Breach b) {
        if (b == null) {
            throw new InvalidInputException("kind", "Send {\"kind\": \"PARENT_BREACH|CHILD_BREACH\", \"on\", \"note\"}");
        }
        return orders.breach(id, b.kind(), Parameters.date("on", b.on()), b.note());
    }

    @POST
    @Path("end")
    public SupervisionOrders.OrderView end(End e) {
        if (e == null) {
            throw new InvalidInputException("on", "Send {\"on\": \"YYYY-MM-DD\", \"reason\": \"…\"}");
        }
        return orders.end(id, Parameters.date("on", e.on()), e.reason());
    }
}

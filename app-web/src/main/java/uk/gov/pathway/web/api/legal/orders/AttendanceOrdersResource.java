package uk.gov.pathway.web.api.legal.orders;

import java.util.Locale;
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
import uk.gov.pathway.legal.orders.boundary.SchoolAttendanceOrders;
import uk.gov.pathway.web.api.Parameters;

/**
 * The next step of a School Attendance Order procedure: {@code {"step": "S438_NOTICE", "on", "laestab"}} (the school
 * named), {@code ORDER} (the school the order names; by default the one named), or an end: {@code SATISFIED},
 * {@code REVOKED}, {@code S443_OFFENCE} with {@code reason}.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
@Path("school-attendance-orders/{id: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceOrdersResource {

    public record Step(String step, String on, String laestab, String reason) {
    }

    @EJB
    SchoolAttendanceOrders orders;

    @PathParam("id")
    long id;

    @POST
    @Path("steps")
    public SchoolAttendanceOrders.SaoView step(Step s) {
        orders.get(id);
        String step = s == null || s.step() == null ? "" : s.step().strip().toUpperCase(Locale.ROOT);
        return switch (step) {
            case "S438_NOTICE" -> orders.s438(id, Parameters.date("on", s.on()), s.laestab());
            case "ORDER" -> orders.order(id, Parameters.date("on", s.on()), s.laestab());
            case "SATISFIED", "REVOKED", "S443_OFFENCE" -> orders.end(id, step, Parameters.date("on", s.on()),
                    s.reason());
            default -> throw new InvalidInputException("step", "step is S438_NOTICE, ORDER, SATISFIED, REVOKED or"
                    + " S443_OFFENCE");
        };
    }
}

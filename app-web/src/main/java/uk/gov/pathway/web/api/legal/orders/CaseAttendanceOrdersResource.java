package uk.gov.pathway.web.api.legal.orders;

import java.net.URI;
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
import uk.gov.pathway.legal.orders.boundary.SchoolAttendanceOrders;
import uk.gov.pathway.web.api.Parameters;

/** A case's School Attendance Order procedures: begin one with the s437(1) notice served; list them. */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
@Path("cases/{id: \\d+}/school-attendance-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseAttendanceOrdersResource {

    public record S437Notice(String upn, String servedOn) {
    }

    @EJB
    SchoolAttendanceOrders orders;

    @PathParam("id")
    long caseId;

    @POST
    public Response begin(S437Notice notice) {
        if (notice == null) {
            throw new InvalidInputException("servedOn", "Send {\"upn\", \"servedOn\": \"YYYY-MM-DD\"}");
        }
        SchoolAttendanceOrders.SaoView sao = orders.begin(caseId, notice.upn(),
                Parameters.date("servedOn", notice.servedOn()));
        return Response.created(URI.create("school-attendance-orders/" + sao.id())).entity(sao).build();
    }

    @GET
    public List<SchoolAttendanceOrders.SaoView> ofCase() {
        return orders.ofCase(caseId);
    }
}

package uk.gov.pathway.web.api.transfers;

import jakarta.annotation.security.RolesAllowed;
import uk.gov.pathway.kernel.access.Roles;

import java.util.List;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.registration.boundary.PupilTransfers;
import uk.gov.pathway.registration.boundary.PupilTransfers.TransferView;
import uk.gov.pathway.web.api.Parameters;

/** Children moving school in year: the transfers schools asked for, which the service manager confirms or refuses. */
@Path("transfers")
@RolesAllowed(Roles.SAS_MANAGER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {

    /** {@code startDate}: the first day at the new school, when not the one the school asked for. */
    public record Confirmation(String startDate) {
    }

    public record Refusal(String reason) {
    }

    @EJB
    PupilTransfers transfers;

    @GET
    public List<TransferView> pending() {
        return transfers.pending();
    }

    @POST
    @Path("{id}/confirmation")
    public TransferView confirm(@PathParam("id") long id, Confirmation confirmation) {
        String start = confirmation == null ? null : confirmation.startDate();
        return transfers.confirm(id, Parameters.date("startDate", start));
    }

    /** A bare POST (no body, no content type: the request's type counts as octet-stream) confirms the asked-for day. */
    @POST
    @Path("{id}/confirmation")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public TransferView confirmAsAsked(@PathParam("id") long id) {
        return transfers.confirm(id, null);
    }

    @POST
    @Path("{id}/refusal")
    public TransferView refuse(@PathParam("id") long id, Refusal refusal) {
        return transfers.refuse(id, refusal == null ? null : refusal.reason());
    }
}

package uk.gov.pathway.web.api.legal;

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
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.legal.boundary.PenaltyNoticeLetters;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork;

/**
 * Schools' requests for a penalty notice: a school lead asks for one for their pupil with the evidence
 * ({@code POST}), the council decides ({@code POST /{id}/decision}) within its time limit, and both list them.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("penalty-notice-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PenaltyNoticeRequestsResource {

    @EJB
    PenaltyNoticeWork work;

    @POST
    @RolesAllowed({Roles.SAS_MANAGER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public Response request(PenaltyNoticeWork.NewRequest request) {
        PenaltyNoticeWork.RequestView made = work.request(request);
        return Response.created(URI.create("penalty-notice-requests/" + made.id())).entity(made).build();
    }

    @GET
    public List<PenaltyNoticeWork.RequestView> requests() {
        return work.requests();
    }

    @POST
    @Path("{id: \\d+}/decision")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public PenaltyNoticeWork.RequestView decide(@PathParam("id") long id, PenaltyNoticeWork.Decision decision) {
        return work.decide(id, decision);
    }

    @EJB
    PenaltyNoticeLetters letters;

    /** {@code {"carerId"}}: the warning letter (a penalty notice may follow) about the request, to the parent named. */
    @POST
    @Path("{id: \\d+}/letters")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public Response warning(@PathParam("id") long id, PenaltyNoticeLetters.LetterOrder order) {
        LetterView letter = letters.warning(id, order);
        return Response.created(URI.create("penalty-notice-requests/" + id + "/letters/" + letter.id())).entity(letter)
                .build();
    }
}

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

/** Notices to improve: to a parent, an improvement period of 3 to 6 school weeks, the attendance during it, the outcome. */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("notices-to-improve")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticesToImproveResource {

    @EJB
    PenaltyNoticeWork work;

    @POST
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public Response issue(PenaltyNoticeWork.NewNoticeToImprove request) {
        PenaltyNoticeWork.NoticeToImproveView made = work.noticeToImprove(request);
        return Response.created(URI.create("notices-to-improve/" + made.id())).entity(made).build();
    }

    @GET
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public List<PenaltyNoticeWork.NoticeToImproveView> all() {
        return work.noticesToImprove();
    }

    @GET
    @Path("{id: \\d+}")
    public PenaltyNoticeWork.NoticeToImproveView notice(@PathParam("id") long id) {
        return work.noticeToImprove(id);
    }

    @POST
    @Path("{id: \\d+}/outcome")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public PenaltyNoticeWork.NoticeToImproveView outcome(@PathParam("id") long id, PenaltyNoticeWork.Outcome outcome) {
        return work.outcome(id, outcome);
    }

    @EJB
    PenaltyNoticeLetters letters;

    /** The notice to improve's letter, to its parent (a bare POST). */
    @POST
    @Path("{id: \\d+}/letters")
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public Response letter(@PathParam("id") long id, PenaltyNoticeLetters.LetterOrder order) {
        LetterView letter = letters.aboutNoticeToImprove(id);
        return Response.created(URI.create("notices-to-improve/" + id + "/letters/" + letter.id())).entity(letter).build();
    }
}

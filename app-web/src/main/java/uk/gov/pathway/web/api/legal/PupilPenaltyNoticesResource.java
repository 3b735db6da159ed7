package uk.gov.pathway.web.api.legal;

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
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews;
import uk.gov.pathway.legal.boundary.PenaltyNotices;
import uk.gov.pathway.web.api.Parameters;

/** A child's penalty notices (spec/API.md: {@code GET /pupils/{upn}/penalty-notices}); a school lead: own pupils. */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("pupils/{upn}/penalty-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PupilPenaltyNoticesResource {

    @EJB
    PenaltyNotices notices;

    @PathParam("upn")
    String upn;

    @GET
    public List<PenaltyNoticeViews.Notice> notices() {
        return notices.ofPupil(Parameters.upn(upn));
    }
}

package uk.gov.pathway.web.api.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.registration.boundary.PupilChronology;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.web.api.Parameters;

/** A child's chronology, or their family's, from every module (within the caller's scope, as the pupil is). */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
        Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("pupils/{upn}/chronology")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChronologyResource {

    @EJB
    PupilChronology chronology;

    @PathParam("upn")
    String upn;

    /** GET /pupils/{upn}/chronology?family=true|false&module=&kind=&from=&to=, oldest first. */
    @GET
    public PupilChronology.Timeline timeline(@QueryParam("family") String family, @QueryParam("module") String module,
                                             @QueryParam("kind") String kind, @QueryParam("from") String from,
                                             @QueryParam("to") String to) {
        return chronology.timeline(Parameters.upn(upn), Parameters.bool("family", family),
                new ChronologyFilter(module, kind, Parameters.date("from", from), Parameters.date("to", to)));
    }

    /** GET /pupils/{upn}/chronology/pdf with the same filters: the chronology printed as PDF, to download. */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("family") String family, @QueryParam("module") String module,
                        @QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to) {
        PupilChronology.Printout printout = chronology.print(Parameters.upn(upn), Parameters.bool("family", family),
                new ChronologyFilter(module, kind, Parameters.date("from", from), Parameters.date("to", to)));
        return Response.ok(printout.content(), "application/pdf").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + printout.fileName() + "\"").build();
    }
}

package uk.gov.pathway.web.api.pupils;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilChronology;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** A child's chronology, or their family's, from every module (within the caller's scope, as the pupil is). */
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
        return chronology.timeline(upn(), bool("family", family),
                new ChronologyFilter(module, kind, date("from", from), date("to", to)));
    }

    /** GET /pupils/{upn}/chronology/pdf with the same filters: the chronology printed as PDF, to download. */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("family") String family, @QueryParam("module") String module,
                        @QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to) {
        PupilChronology.Printout printout = chronology.print(upn(), bool("family", family),
                new ChronologyFilter(module, kind, date("from", from), date("to", to)));
        return Response.ok(printout.content(), "application/pdf").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + printout.fileName() + "\"").build();
    }

    /** A malformed UPN names no pupil anybody may see: 404, like any pupil out of scope. */
    private UniquePupilNumber upn() {
        try {
            return UniquePupilNumber.of(upn);
        } catch (IllegalArgumentException e) {
            throw new NotVisibleException("Pupil " + upn);
        }
    }

    private static boolean bool(String name, String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(name, name + " must be true or false; got '" + text + "'");
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a date written YYYY-MM-DD; got '" + text + "'");
        }
    }
}

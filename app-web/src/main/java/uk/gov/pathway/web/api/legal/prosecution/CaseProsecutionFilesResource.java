package uk.gov.pathway.web.api.legal.prosecution;

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
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionFiles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews;
import uk.gov.pathway.web.api.Parameters;

/**
 * {@code POST /cases/{id}/prosecution-files} {@code {"section": "444(1)|444(1A)", "upns": […], "from", "to"}} opens a
 * file (spec/API.md), with optional {@code carerId} (the parent charged), {@code decisionReference} and
 * {@code decidedOn} (the pre-proceedings decision); the same boundary method the pre-proceedings panel's decision
 * calls. Answers 201 with the file.
 */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
@Path("cases/{id: \\d+}/prosecution-files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseProsecutionFilesResource {

    public record NewFile(String section, List<String> upns, String from, String to, Long carerId,
                          String decisionReference, String decidedOn) {
    }

    @EJB
    ProsecutionFiles files;

    @PathParam("id")
    long caseId;

    @POST
    public Response open(NewFile f) {
        if (f == null) {
            throw new InvalidInputException("section", "Send {\"section\": \"444(1)\", \"upns\": […], \"from\", \"to\"}");
        }
        ProsecutionViews.FileDetail opened = files.openFromDecision(new ProsecutionViews.PreProceedingsDecision(caseId,
                f.section(), f.upns(), f.carerId(), Parameters.date("from", f.from()), Parameters.date("to", f.to()),
                f.decisionReference(), Parameters.date("decidedOn", f.decidedOn())));
        return Response.created(URI.create("prosecution-files/" + opened.id())).entity(opened).build();
    }

    @GET
    public List<ProsecutionViews.FileSummary> ofCase() {
        return files.ofCase(caseId);
    }
}

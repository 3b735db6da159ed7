package uk.gov.pathway.web.api.imports;

import java.io.InputStream;
import java.time.Instant;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.gov.pathway.integration.imports.ImportService;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.jobs.ImportJobView;
import uk.gov.pathway.kernel.jobs.ImportKind;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.web.api.problem.ProblemError;

/** Imports of schools, pupils and attendance marks from CSV files (spec/API.md, Imports). */
@RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    public record Accepted(String jobId) {
    }

    public record Status(String jobId, String kind, String status, int rowsRead, int rowsImported, int errorCount,
                         String phase, int percentRead, String submittedBy, Instant submittedAt, Instant finishedAt,
                         List<ProblemError> errors, int transfersAwaitingConfirmation) {
        static Status of(ImportJobView job) {
            return new Status(job.jobId(), job.kind().pathName(), job.status().name(), job.rowsRead(), job.rowsImported(),
                    job.errorCount(), job.phase(), job.percentRead(), job.submittedBy(), job.submittedAt(), job.finishedAt(),
                    job.errors().stream().map(e -> new ProblemError(e.line(), e.column(), e.message())).toList(),
                    job.transfersAwaiting());
        }
    }

    @EJB
    ImportService imports;

    @Context
    UriInfo uri;

    @POST
    @Path("{kind}")
    @Consumes("text/csv")
    public Response submit(@PathParam("kind") String kind, InputStream file) {
        ImportKind importKind = ImportKind.fromPath(kind).orElseThrow(() -> new InvalidInputException("kind",
                "There is no import of '" + kind + "': use schools, pupils or attendance"));
        String jobId = imports.submit(importKind, file);
        return Response.accepted(new Accepted(jobId))
                .location(uri.getBaseUriBuilder().path(ImportsResource.class).path(jobId).build())
                .build();
    }

    @GET
    @Path("{jobId}")
    public Status status(@PathParam("jobId") String jobId) {
        return Status.of(imports.status(jobId));
    }
}

package uk.gov.pathway.web.api.problem;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.pathway.casework.boundary.GateNotMetException;
import uk.gov.pathway.kernel.audit.AuditOrigin;
import uk.gov.pathway.kernel.audit.AuditTrail;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/** Turns every failure into problem+json with the status spec/API.md gives it; internals never leak. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        if (cause instanceof InvalidInputException invalid) {
            return Problem.response(Status.BAD_REQUEST, invalid.getMessage(), instance, invalid.problems().stream()
                    .map(p -> new ProblemError(p.line(), p.field(), p.message())).toList()).build();
        }
        if (cause instanceof GateNotMetException gate) {
            return Response.status(422).type(Problem.PROBLEM_JSON).entity(new GateProblem("about:blank",
                    "Unprocessable Content", 422, gate.getMessage(), instance, gate.missingEvidence())).build();
        }
        if (cause instanceof IllegalArgumentException illegal) {
            return Problem.response(Status.BAD_REQUEST, illegal.getMessage(), instance).build();
        }
        if (cause instanceof NotVisibleException notVisible) {
            return Problem.response(Status.NOT_FOUND, notVisible.getMessage(), instance).build();
        }
        if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException
                || cause instanceof ForbiddenException) {
            return refused(cause, instance, request);
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.response(Status.CONFLICT,
                    "Someone else changed this record since you read it: read it again and repeat your change", instance).build();
        }
        if (tooLarge(thrown)) {
            return Problem.response(Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than you may send here", instance).build();
        }
        if (cause instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.response(status, web.getMessage(), instance).build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure answering " + instance, thrown);
        return Problem.response(Status.INTERNAL_SERVER_ERROR,
                "Pathway could not answer this request; the failure is in the server log", instance).build();
    }

    /** Undertow cut the body off at the request's cap (web.security.RequestBodyLimit) while it was being read. */
    private static boolean tooLarge(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.undertow.server.RequestTooBigException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A read the caller's role does not allow (@RolesAllowed on a service or a resource, or a service's AccessDeniedException) is
     * kept in the audit trail as REFUSED, its subject the request line; refused changes are not reads.
     */
    static Response refused(Throwable cause, String instance, Request request) {
        auditRefusedRead(cause, request);
        if (cause instanceof AccessDeniedException denied && denied.field() != null) {
            return Problem.response(Status.FORBIDDEN, denied.getMessage(), instance,
                    List.of(new ProblemError(null, denied.field(), denied.getMessage()))).build();
        }
        return Problem.response(Status.FORBIDDEN, cause instanceof AccessDeniedException
                ? cause.getMessage() : "Your role does not allow this", instance).build();
    }

    private static void auditRefusedRead(Throwable cause, Request request) {
        String method = request == null ? null : request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return;
        }
        CDI<Object> cdi = CDI.current();
        String line = cdi.select(AuditOrigin.class).get().request();
        cdi.select(AuditTrail.class).get().refused(null, line, cause instanceof AccessDeniedException
                ? cause.getMessage() : "the caller's role may not read this");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && !(current instanceof EJBAccessException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}

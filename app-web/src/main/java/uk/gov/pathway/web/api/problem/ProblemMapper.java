package uk.gov.pathway.web.api.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
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
import uk.gov.pathway.legal.boundary.PenaltyNoticeRefusedException;

/**
 * The API's one exception mapper: turns every failure into problem+json with the status spec/API.md gives it;
 * internals never leak. Bean Validation's violations (of a resource's input or a service's parameters) are 400 with
 * each invalid field named in {@code errors[].column}. RESTEasy picks the mapper nearest to the exception's class, and
 * answers a WebApplicationException that carries an entity as it is unless a mapper of exactly its class exists; so
 * two nested adapters hand RESTEasy's own ValidationException (which it would otherwise map itself) and the
 * ForbiddenException of its role-based security (a plain-text 403) to this one.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    /** A resource's {@code @RolesAllowed} refusing the caller: problem+json 403, a refused read audited. */
    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {

        @Context
        UriInfo uri;

        @Context
        Request request;

        @Override
        public Response toResponse(ForbiddenException refused) {
            return refused(refused, uri == null ? null : uri.getRequestUri().getPath(), request);
        }
    }

    /** Bean Validation on a resource's parameters (RESTEasy's ResteasyViolationException). */
    @Provider
    public static class Validation implements ExceptionMapper<ValidationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ValidationException invalid) {
            return answer(invalid, uri == null ? null : uri.getRequestUri().getPath());
        }
    }

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        if (cause instanceof ConstraintViolationException || cause instanceof ValidationException) {
            return answer(cause, instance);
        }
        if (cause instanceof InvalidInputException invalid) {
            return Problem.response(Status.BAD_REQUEST, invalid.getMessage(), instance, invalid.problems().stream()
                    .map(p -> new ProblemError(p.line(), p.field(), p.message())).toList()).build();
        }
        if (cause instanceof GateNotMetException gate) {
            return Response.status(422).type(Problem.PROBLEM_JSON).entity(new GateProblem("about:blank",
                    "Unprocessable Content", 422, gate.getMessage(), instance, gate.missingEvidence())).build();
        }
        if (cause instanceof uk.gov.pathway.panels.boundary.ReferralIncompleteException incomplete) {
            return Response.status(422).type(Problem.PROBLEM_JSON).entity(new GateProblem("about:blank",
                    "Unprocessable Content", 422, incomplete.getMessage(), instance, incomplete.missingEvidence()))
                    .build();
        }
        if (cause instanceof uk.gov.pathway.panels.boundary.DecisionRefusedException refused) {
            return Response.status(422).type(Problem.PROBLEM_JSON).entity(new Problem("about:blank",
                    "Unprocessable Content", 422, refused.getMessage(), instance,
                    List.of(new ProblemError(null, refused.field(), refused.getMessage())))).build();
        }
        if (cause instanceof PenaltyNoticeRefusedException refused) {
            return penaltyNoticeRefused(refused, instance);
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

    /**
     * A penalty notice refused by RULES.md: 422 problem+json with {@code reason} (NOT_A_PARENT, SESSION_NOT_UNAUTHORISED,
     * SESSION_ALREADY_COVERED, SESSION_UNDER_ORDER, LIMIT_REACHED, ...), the {@code sessions} refused where the reason
     * is about sessions, and {@code alternativeActions} where the limit is reached (spec/API.md).
     */
    static Response penaltyNoticeRefused(PenaltyNoticeRefusedException refused, String instance) {
        java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Unprocessable Content");
        problem.put("status", 422);
        problem.put("detail", refused.getMessage());
        problem.put("instance", instance);
        problem.put("reason", refused.reason());
        if (refused.sessions() != null) {
            problem.put("sessions", refused.sessions());
        }
        if (refused.alternativeActions() != null) {
            problem.put("alternativeActions", refused.alternativeActions());
        }
        return Response.status(422).type(Problem.PROBLEM_JSON).entity(problem).build();
    }

    /**
     * 400 naming each invalid field (the last property of its path; "body" for a missing body), in path order; a
     * violation of what a method answers is the server's fault (500).
     */
    static Response answer(Throwable invalid, String instance) {
        if (!(invalid instanceof ConstraintViolationException violations) || violations.getConstraintViolations() == null
                || violations.getConstraintViolations().isEmpty()
                || violations.getConstraintViolations().stream().anyMatch(ProblemMapper::ofReturnValue)) {
            LOG.log(Level.SEVERE, "Validation failed answering " + instance, invalid);
            return Problem.response(Status.INTERNAL_SERVER_ERROR,
                    "Pathway could not answer this request; the failure is in the server log", instance).build();
        }
        List<ProblemError> errors = violations.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> new ProblemError(null, field(v.getPropertyPath()), v.getMessage())).toList();
        String detail = errors.stream().map(ProblemError::message).distinct().collect(Collectors.joining("; "));
        return Problem.response(Status.BAD_REQUEST, detail, instance, errors).build();
    }

    private static boolean ofReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The invalid field: the path's last property, else the parameter's name (a service's parameter, a resource's
     * body), else "body".
     */
    static String field(Path path) {
        String property = null;
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                property = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER && node.getName() != null) {
                parameter = node.getName();
            }
        }
        return property != null ? property : parameter != null && !parameter.matches("arg\\d+") ? parameter : "body";
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

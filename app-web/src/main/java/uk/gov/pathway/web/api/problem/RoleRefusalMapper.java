package uk.gov.pathway.web.api.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A resource's {@code @RolesAllowed} refusing the caller (RESTEasy's role-based security throws a ForbiddenException
 * that carries a plain-text answer, which only a mapper of exactly this class replaces): problem+json 403, and a
 * refused read kept in the audit trail, as for a service's refusal.
 */
@Provider
public class RoleRefusalMapper implements ExceptionMapper<ForbiddenException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(ForbiddenException refused) {
        return ProblemMapper.refused(refused, uri == null ? null : uri.getRequestUri().getPath(), request);
    }
}

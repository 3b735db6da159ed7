package uk.gov.pathway.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import uk.gov.pathway.web.api.problem.Problem;

/**
 * The API answers 401 with a Basic challenge to a request that carries no credentials. The server authenticates
 * any credentials that are sent (Basic, or a bearer token with OIDC) before this filter runs. The API authenticates
 * only by the Authorization header: a request that carries nothing but the screens' session cookie is
 * unauthenticated here, whatever its method, so that another site cannot make a signed-in officer's browser call the
 * API in their name (cross-site request forgery).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            request.abortWith(Problem.response(Response.Status.UNAUTHORIZED,
                    "Sign in to use the Pathway API: send HTTP Basic credentials or a bearer token",
                    request.getUriInfo().getRequestUri().getPath())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Pathway\", charset=\"UTF-8\"").build());
        }
    }
}

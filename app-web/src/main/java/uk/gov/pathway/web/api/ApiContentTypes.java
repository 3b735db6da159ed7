package uk.gov.pathway.web.api;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import uk.gov.pathway.web.api.problem.Problem;

/**
 * What bodies the API takes. An action whose body is optional (a step-up without an override, a task marked done)
 * takes a bare POST, with no body and no content type (spec/API.md): it reaches the resource as a JSON body of
 * {@code null}. A body must come with the content type the action reads, else 415: JSON endpoints take only
 * application/json, the imports only text/csv (Jakarta REST refuses the rest against {@code @Consumes}), and an action
 * that reads no body refuses any body. So a page on another site cannot send the API a "simple" cross-site request
 * (text/plain, a form) that it would act on.
 */
public final class ApiContentTypes {

    private static final String BARE = ApiContentTypes.class.getName() + ".bare";
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

    private ApiContentTypes() {
    }

    /** A bare POST (PUT, DELETE) becomes a JSON {@code null}, so that it matches actions that consume JSON. */
    @Provider
    @PreMatching
    @Priority(Priorities.AUTHENTICATION + 10)
    public static class BareRequests implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (WITH_BODY.contains(request.getMethod()) && request.getMediaType() == null && isBodiless(request)) {
                byte[] none = "null".getBytes(StandardCharsets.US_ASCII);
                request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
                request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(none.length));
                request.setEntityStream(new ByteArrayInputStream(none));
                request.setProperty(BARE, Boolean.TRUE);
            }
        }

        private static boolean isBodiless(ContainerRequestContext request) {
            String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            return request.getHeaderString("Transfer-Encoding") == null
                    && (length == null || length.strip().equals("0"));
        }
    }

    /** An action that reads no body refuses one (415) rather than ignore it. */
    @Provider
    @Priority(Priorities.HEADER_DECORATOR)
    public static class UnreadBodies implements ContainerRequestFilter {

        @Context
        ResourceInfo resource;

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getProperty(BARE) != null || !WITH_BODY.contains(request.getMethod())) {
                return;
            }
            Method method = resource.getResourceMethod();
            if (method == null || method.isAnnotationPresent(Consumes.class)
                    || resource.getResourceClass().isAnnotationPresent(Consumes.class)) {
                return; // Jakarta REST refuses a type the action does not consume.
            }
            MediaType type = request.getMediaType();
            if (!readsBody(method)) {
                if (type != null || request.hasEntity()) {
                    refuse(request, "This action takes no body: send it without one (no Content-Type)");
                }
            } else if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()) {
                refuse(request, "This action takes a JSON body: send it with Content-Type: application/json");
            }
        }

        private static void refuse(ContainerRequestContext request, String detail) {
            request.abortWith(Problem.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, detail,
                    request.getUriInfo().getRequestUri().getPath()).build());
        }

        /** Whether a parameter is the body: one without a Jakarta REST annotation (@PathParam, @Context, ...). */
        private static boolean readsBody(Method method) {
            return Arrays.stream(method.getParameters()).anyMatch(p -> Arrays.stream(p.getAnnotations())
                    .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs")));
        }
    }
}

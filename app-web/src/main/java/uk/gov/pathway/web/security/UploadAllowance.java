package uk.gov.pathway.web.security;

import java.io.IOException;
import java.util.Set;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.undertow.servlet.handlers.ServletRequestContext;

/**
 * After sign-in, before the body is read: lets the roles that import send large files to the imports and the
 * screens' upload (up to {@link RequestBodyLimit#UPLOAD}, {@link RequestBodyLimit#SCREEN_UPLOAD}); everyone else,
 * and anyone not signed in, stays at {@link RequestBodyLimit#SMALL} and a larger announced body is refused with 413.
 */
@WebFilter(filterName = "UploadAllowance", urlPatterns = "/*")
public class UploadAllowance extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** spec/API.md: schools are imported by it-admin and sas-manager; pupils and marks by school leads too. */
    private static final Set<String> SCHOOL_IMPORTERS = Set.of("ADMIN", "SAS_MANAGER");
    private static final Set<String> IMPORTERS = Set.of("ADMIN", "SAS_MANAGER", "SCHOOL_ATTENDANCE_LEAD");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long largest = RequestBodyLimit.largestAllowed(request.getMethod(), path, request.getContentType());
        if (largest > RequestBodyLimit.SMALL) {
            long allowed = mayImport(request, path) ? largest : RequestBodyLimit.SMALL;
            if (request.getContentLengthLong() > allowed) {
                response.setHeader("Connection", "close");
                Problems.send(request, response, 413, "Content Too Large", "The request body is larger than you may "
                        + "send here (" + allowed + " bytes at most)");
                return;
            }
            if (allowed > RequestBodyLimit.SMALL) {
                ServletRequestContext.requireCurrent().getExchange().setMaxEntitySize(allowed);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean mayImport(HttpServletRequest request, String path) {
        if (request.getUserPrincipal() == null) {
            return false;
        }
        Set<String> roles = path.equals("/api/v1/imports/schools") ? SCHOOL_IMPORTERS : IMPORTERS;
        return roles.stream().anyMatch(request::isUserInRole);
    }
}

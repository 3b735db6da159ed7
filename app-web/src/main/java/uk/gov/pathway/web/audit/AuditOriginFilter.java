package uk.gov.pathway.web.audit;

import java.io.IOException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.gov.pathway.kernel.audit.AuditOrigin;

/**
 * Tells the audit trail where each request comes from: the client's address (as the server sees it; behind a proxy,
 * turn on the server's proxy-address-forwarding) and the request's method, path and query.
 */
@WebFilter(filterName = "AuditOrigin", urlPatterns = "/*")
public class AuditOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        origin.request(request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI()
                + (query == null ? "" : "?" + query));
        chain.doFilter(request, response);
    }
}

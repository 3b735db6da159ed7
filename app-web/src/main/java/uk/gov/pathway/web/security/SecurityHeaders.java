package uk.gov.pathway.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * The headers a browser needs for pages and answers that hold children's data, on every response however it is
 * made (a screen, the API, the sign-in form, the server's own 401): never framed by another site, never sniffed as
 * another type, never kept in a cache (except the static resources of the screens), no address passed on.
 */
final class SecurityHeaders implements HttpHandler {

    private static final HttpString CSP = new HttpString("Content-Security-Policy");
    private static final HttpString FRAME_OPTIONS = new HttpString("X-Frame-Options");
    private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
    private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
    private static final HttpString CACHE_CONTROL = new HttpString("Cache-Control");
    private static final HttpString PRAGMA = new HttpString("Pragma");

    private final HttpHandler next;

    SecurityHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        boolean staticResource = isStaticResource(exchange.getRelativePath());
        // Set when the response is committed, so that a handler which resets the response cannot drop them.
        exchange.addResponseCommitListener(committed -> {
            HeaderMap headers = committed.getResponseHeaders();
            headers.put(CSP, "frame-ancestors 'none'");
            headers.put(FRAME_OPTIONS, "DENY");
            headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
            headers.put(REFERRER_POLICY, "no-referrer");
            if (!staticResource) {
                headers.put(CACHE_CONTROL, "no-store");
                headers.put(PRAGMA, "no-cache");
            }
        });
        next.handleRequest(exchange);
    }

    /** Style sheets, scripts and images of the screens (Faces resources and the webapp's resources folder). */
    static boolean isStaticResource(String path) {
        return path != null && (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/"));
    }
}

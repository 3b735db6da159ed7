package uk.gov.pathway.web.security;

import java.util.Locale;
import java.util.Set;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Caps request bodies before anything reads them. Every request may carry {@link #SMALL} (1 MiB: any JSON body, a
 * form, a sign-in); a body announced as larger is refused with 413 at once, and a chunked one is cut off at the cap
 * while it is read. Only the imports (POST /api/v1/imports/{schools,pupils,attendance}) and the screens' file upload
 * (a multipart form) may be larger, and only once the caller is known to import: {@link UploadAllowance} raises the
 * cap for them after sign-in. The listener's max-post-size (pathway-server.cli) stays the outer cap.
 */
final class RequestBodyLimit implements HttpHandler {

    /** The largest body of anything but an import: JSON, forms, sign-in. */
    static final long SMALL = 1024L * 1024;
    /** The largest file an importing role may send through the API (a county's year of marks is gigabytes). */
    static final long UPLOAD = ConfigProvider.getConfig().getOptionalValue("pathway.upload.max-bytes", Long.class)
            .orElse(16L << 30);
    /** The largest file sent through the screens (a school's register for a term is a few megabytes); web.xml's
     *  multipart-config says the same. */
    static final long SCREEN_UPLOAD = 256L * 1024 * 1024;

    static final Set<String> IMPORTS = Set.of("/api/v1/imports/schools", "/api/v1/imports/pupils",
            "/api/v1/imports/attendance");

    private final HttpHandler next;

    RequestBodyLimit(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long largest = largestAllowed(exchange.getRequestMethod().toString(), exchange.getRelativePath(),
                exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
        long announced = exchange.getRequestContentLength();
        if (announced > largest) {
            tooLarge(exchange, largest);
            return;
        }
        exchange.setMaxEntitySize(SMALL);
        next.handleRequest(exchange);
    }

    /** The most any caller may send to this address; what the caller may send is decided after sign-in. */
    static long largestAllowed(String method, String path, String contentType) {
        if (!"POST".equalsIgnoreCase(method)) {
            return SMALL;
        }
        if (IMPORTS.contains(path)) {
            return UPLOAD;
        }
        if (path != null && path.endsWith(".xhtml") && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return SCREEN_UPLOAD;
        }
        return SMALL;
    }

    static void tooLarge(HttpServerExchange exchange, long limit) {
        // The body is not read: close the connection after the answer rather than drain it.
        exchange.setPersistent(false);
        Problems.send(exchange, 413, "Content Too Large", "The request body is larger than this address accepts ("
                + limit + " bytes at most)");
    }
}

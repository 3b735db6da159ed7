package uk.gov.pathway.web.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

/**
 * Throttles guessing of passwords: a user name with {@value SignInAttempts#LIMIT} failed sign-ins within 15 minutes
 * (HTTP Basic or the sign-in form) is answered 429 without its password being checked, until the window has passed.
 * It reads the user name from the Basic header or from the form posted to j_security_check (the parsed form is left
 * on the exchange, where the server's form sign-in reads it again), and counts the outcome as the server commits its
 * answer. The audit trail records each failure (web.security.SignInFailureAudit, ApiAuthentication).
 */
final class SignInThrottle implements HttpHandler {

    static final String FORM_ACTION = "/j_security_check";

    private static final FormParserFactory FORMS = FormParserFactory.builder().withDefaultCharset("UTF-8").build();

    /** Where failed and refused sign-ins are reported (the audit trail). */
    interface Failures {
        void failed(String userName, String remoteAddress, String request, boolean throttled);
    }

    private final HttpHandler next;
    private final SignInAttempts attempts;
    private final Failures failures;

    SignInThrottle(HttpHandler next, SignInAttempts attempts, Failures failures) {
        this.next = next;
        this.attempts = attempts;
        this.failures = failures;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String basicUser = basicUserName(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        if (basicUser != null) {
            guard(exchange, basicUser, false);
            return;
        }
        if (Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRelativePath().endsWith(FORM_ACTION)) {
            FormDataParser parser = FORMS.createParser(exchange);
            if (parser != null) {
                // The body is small (RequestBodyLimit runs first); parsed here once and kept on the exchange.
                parser.parse(parsed -> {
                    FormData form = parsed.getAttachment(FormDataParser.FORM_DATA);
                    FormData.FormValue user = form == null ? null : form.getFirst("j_username");
                    if (user == null || user.getValue().isBlank()) {
                        next.handleRequest(parsed);
                    } else {
                        guard(parsed, user.getValue(), true);
                    }
                });
                return;
            }
        }
        next.handleRequest(exchange);
    }

    private void guard(HttpServerExchange exchange, String userName, boolean form) throws Exception {
        Optional<Duration> refused = attempts.refusedFor(userName, Instant.now());
        if (refused.isPresent()) {
            report(exchange, userName, true);
            refuse(exchange, refused.get(), form);
            return;
        }
        // Counted as the answer is committed, before the client can read it and try again (counted when the
        // exchange completed, a quick sixth attempt could arrive before the fifth failure was counted).
        exchange.addResponseCommitListener(done -> {
            SecurityContext security = done.getSecurityContext();
            if (security != null && security.isAuthenticated()) {
                attempts.succeeded(userName);
            } else {
                attempts.failed(userName, Instant.now());
                report(done, userName, false);
            }
        });
        next.handleRequest(exchange);
    }

    private static void refuse(HttpServerExchange exchange, Duration wait, boolean form) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        String detail = "Too many failed sign-ins for this user name: try again in " + minutes
                + (minutes == 1 ? " minute" : " minutes") + ", or ask the administrator";
        exchange.setStatusCode(429);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
        if (form) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
            exchange.getResponseSender().send("<!DOCTYPE html><html lang=\"en\"><head><title>Sign-in refused - Pathway"
                    + "</title></head><body><main><h1>Sign-in refused</h1><p>" + detail + ".</p><p><a href=\""
                    + exchange.getResolvedPath() + "/\">Back to Pathway</a></p></main></body></html>",
                    StandardCharsets.UTF_8);
        } else {
            Problems.send(exchange, 429, "Too Many Requests", detail);
        }
    }

    /** Reported off the I/O thread: writing to the audit trail blocks on the database. */
    private void report(HttpServerExchange exchange, String userName, boolean throttled) {
        String address = address(exchange);
        String request = requestLine(exchange);
        ForkJoinPool.commonPool().execute(() -> failures.failed(userName, address, request, throttled));
    }

    private static String address(HttpServerExchange exchange) {
        return exchange.getSourceAddress() == null || exchange.getSourceAddress().getAddress() == null ? null
                : exchange.getSourceAddress().getAddress().getHostAddress();
    }

    private static String requestLine(HttpServerExchange exchange) {
        String query = exchange.getQueryString();
        return exchange.getRequestMethod() + " " + exchange.getRequestURI()
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** The user name of an HTTP Basic Authorization header, or null when there is none or it is not Basic. */
    static String basicUserName(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            return user.isBlank() ? null : user;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}

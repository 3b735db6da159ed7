package uk.gov.pathway.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

/** An application/problem+json answer (RFC 9457) written by a handler that runs before the API itself. */
final class Problems {

    private Problems() {
    }

    static void send(HttpServerExchange exchange, int status, String title, String detail) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":"
                + status + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(exchange.getRequestPath())
                + "\"}", StandardCharsets.UTF_8);
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":"
                + status + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI())
                + "\"}");
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

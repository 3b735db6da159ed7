package uk.gov.pathway.web.it;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A small client of Pathway's API for the tests: one signed-in demo account, JSON answers parsed. */
public final class Api {

    public record Answer(int status, String contentType, String body) {
        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        public JsonObject object() {
            return (JsonObject) json();
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI api;
    private final String authorization;

    private Api(URL base, String user, String password) {
        this.api = URI.create(base.toString()).resolve("api/v1/");
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Signed in as a demo account, whose password is its user name (spec/API.md). */
    public static Api as(URL base, String user) {
        return new Api(base, user, user);
    }

    public static Api withPassword(URL base, String user, String password) {
        return new Api(base, user, password);
    }

    public static Api anonymous(URL base) {
        return new Api(base, null, null);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** A GET of any address of the server (a screen, say) with this account's credentials. */
    public HttpResponse<String> sendTo(URI address) {
        HttpRequest.Builder request = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("GET " + address + " failed", e);
        }
    }

    public Answer get(String path) {
        return answer(send("GET", path, null, null));
    }

    public Answer postCsv(String path, String csv) {
        return answer(send("POST", path, "text/csv", csv));
    }

    public Answer postJson(String path, String json) {
        return answer(send("POST", path, "application/json", json));
    }

    public Answer putJson(String path, String json) {
        return answer(send("PUT", path, "application/json", json));
    }

    /** Sends a file for import and waits (bounded) until the job has ended; answers the job's final status. */
    public JsonObject importAndWait(String kind, String csv) {
        Answer accepted = postCsv("imports/" + kind, csv);
        if (accepted.status() != 202) {
            throw new IllegalStateException("Import not accepted: " + accepted);
        }
        String jobId = accepted.object().getString("jobId");
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < giveUp) {
            JsonObject job = get("imports/" + jobId).object();
            String status = job.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return job;
            }
            sleep();
        }
        throw new IllegalStateException("Import " + jobId + " did not end within 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}

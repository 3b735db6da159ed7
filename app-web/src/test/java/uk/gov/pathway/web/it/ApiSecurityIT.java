package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Issue 9: the API cannot be forged from another site, bodies are capped before they are read, password guessing is
 * throttled and audited, and every answer carries the headers a browser needs for children's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSecurityIT {

    private static final long MiB = 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void council() {
        TestCouncil.ensure(base);
    }

    private static String upnAt(int serial) {
        String last12 = "9991001" + "36" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    /** A browser's sign-in through the form: its cookie jar holds the session afterwards. */
    private HttpClient signedInBrowser(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(at("index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.body()).contains("j_security_check");
        HttpResponse<String> signedIn = postForm(browser, user, user);
        assertThat(signedIn.statusCode()).as("the form sign-in redirects to where the browser was going").isIn(302, 303);
        assertThat(signedIn.headers().allValues("Set-Cookie")).as("the session cookie is never sent cross-site")
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID") && cookie.contains("SameSite=Strict"));
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(at("index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isIn(200, 302);
        assertThat(home.body()).doesNotContain("j_security_check");
        return browser;
    }

    private HttpResponse<String> postForm(HttpClient client, String user, String password) throws Exception {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(at("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theScreensSessionCookieAloneDoesNotSignAnyoneInToTheApi() throws Exception {
        HttpClient browser = signedInBrowser("sas-manager");

        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(at("api/v1/tasks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(401);
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(at("api/v1/tasks/1/done"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a cross-site POST with the officer's cookie").isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> upload = browser.send(HttpRequest.newBuilder(at("api/v1/imports/attendance"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("upn,laestab,date,session,code\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as("an attendance file sent by another site's page").isEqualTo(401);
    }

    @Test
    void aBodyMustComeWithTheTypeTheActionReadsAndAnActionWithAnOptionalBodyTakesABarePost() {
        Api manager = Api.as(base, "sas-manager");
        assertThat(Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n" + upnAt(1)
                        + ",9991001,Rowan,Fairbairn,2016-04-01,4,X,2025-09-01\n").getString("status"))
                .isEqualTo("COMPLETED");
        Api.Answer opened = manager.postJson("cases", "{\"upn\": \"" + upnAt(1) + "\", \"level\": \"L1\", "
                + "\"reason\": \"Attendance below 90% this half term\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long caseId = opened.object().getJsonNumber("id").longValue();

        Api.Answer plain = answer(manager.send("POST", "cases/" + caseId + "/step-up", "text/plain",
                "{\"overrideReason\": \"forged\"}"));
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.contentType()).startsWith("application/problem+json");
        Api.Answer plainToTask = answer(manager.send("POST", "tasks/1/done", "text/plain", "done"));
        assertThat(plainToTask.status()).as("an action without a body refuses one").isEqualTo(415);
        assertThat(plainToTask.contentType()).startsWith("application/problem+json");
        Api.Answer csvAsText = answer(manager.send("POST", "imports/attendance", "text/plain",
                "upn,laestab,date,session,code\n"));
        assertThat(csvAsText.status()).as("an import takes text/csv only").isEqualTo(415);

        Api.Answer bare = answer(manager.send("POST", "cases/" + caseId + "/step-up", null, null));
        assertThat(bare.status()).as(bare.body()).isEqualTo(422);
        assertThat(bare.object().getJsonArray("missingEvidence")).isNotEmpty();
        Api.Answer bareTask = answer(manager.send("POST", "tasks/999999/done", null, null));
        assertThat(bareTask.status()).as("a bare POST reaches the action: " + bareTask.body()).isEqualTo(404);
    }

    @Test
    void aBodyLargerThanTheActionNeedsIsRefusedBeforeItIsRead() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        byte[] twoMiB = new byte[(int) (2 * MiB)];
        Arrays.fill(twoMiB, (byte) ' ');
        twoMiB[0] = '{';
        twoMiB[twoMiB.length - 1] = '}';
        assertThat(refused(http, HttpRequest.newBuilder(at("api/v1/staff-directory/someone"))
                .header("Authorization", basic("it-admin")).header("Content-Type", "application/json").expectContinue(true)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(twoMiB)).build())).as("2 MiB of JSON").isIn(413, CLOSED);
        assertThat(refused(http, HttpRequest.newBuilder(at("api/v1/staff-directory/someone"))
                .header("Authorization", basic("it-admin")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(twoMiB))).build()))
                .as("a chunked body is cut off at the cap (Jakarta REST reports the cut body as 400 for now)")
                .isIn(400, 413, CLOSED);
        assertThat(Api.as(base, "it-admin").get("staff-directory").body()).as("neither was acted on")
                .doesNotContain("someone");

        long fifty = 50 * MiB;
        assertThat(refused(http, HttpRequest.newBuilder(at("api/v1/imports/attendance"))
                .header("Content-Type", "text/csv").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(fifty)),
                        fifty)).build())).as("nobody signed in sends 50 MB").isIn(413, CLOSED);
        assertThat(refused(http, HttpRequest.newBuilder(at("api/v1/imports/attendance"))
                .header("Authorization", basic("statutory-officer")).header("Content-Type", "text/csv").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(fifty)),
                        fifty)).build())).as("a role that does not import sends no large file").isIn(413, CLOSED);

        assertThat(Api.as(base, "sas-manager").get("tasks").status()).as("the server still answers").isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsThenTheUserNameIsRefusedEvenWithTheRightOneAndEveryFailureIsAudited() throws Exception {
        assertThat(Api.as(base, "fap-member").get("tasks").status()).as("the Fair Access Panel's demo member")
                .isEqualTo(200);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(Api.withPassword(base, "fap-member", "guess-" + attempt).get("tasks").status()).isEqualTo(401);
        }
        Api.Answer refused = Api.as(base, "fap-member").get("tasks");
        assertThat(refused.status()).as("the right password is not even checked now").isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.object().getString("detail")).contains("Too many failed sign-ins");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(postForm(browser, "no-such-officer", "guess-" + attempt).statusCode()).isEqualTo(200);
        }
        assertThat(postForm(browser, "no-such-officer", "guess-6").statusCode()).as("the sign-in form too")
                .isEqualTo(429);

        Api admin = Api.as(base, "it-admin");
        List<JsonObject> fap = List.of();
        List<JsonObject> form = List.of();
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < giveUp && (fap.size() < 6 || form.size() < 6)) {
            fap = admin.get("audit?user=fap-member&size=50").object().getJsonArray("entries")
                    .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("subject").equals("sign-in")).toList();
            form = admin.get("audit?user=no-such-officer&size=50").object().getJsonArray("entries")
                    .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("subject").equals("sign-in")).toList();
            Thread.sleep(200);
        }
        assertThat(fap).hasSize(6);
        assertThat(fap).filteredOn(e -> e.getString("detail").startsWith("sign-in failed")).hasSize(5);
        assertThat(fap).filteredOn(e -> e.getString("detail").startsWith("sign-in refused")).hasSize(1);
        assertThat(fap.get(0).getString("remoteAddress")).isNotBlank().isNotEqualTo("server");
        assertThat(fap.get(0).getString("request")).startsWith("GET /pathway/api/v1/tasks");
        assertThat(form).hasSize(6);
        assertThat(form.get(0).getString("request")).isEqualTo("POST /pathway/j_security_check");
    }

    @Test
    void screensAndApiAnswersCarryTheHeadersForChildrensData() throws Exception {
        HttpClient browser = signedInBrowser("statutory-officer");
        HttpResponse<String> screen = browser.send(HttpRequest.newBuilder(at("index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(at("login.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = Api.as(base, "statutory-officer").send("GET", "schools", null, null);
        HttpResponse<String> challenge = Api.anonymous(base).send("GET", "schools", null, null);
        for (HttpResponse<String> answer : List.of(screen, signIn, api, challenge)) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().toString())
                    .hasValue("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    /** The server closed the connection rather than read the body (it may, instead of answering 413). */
    private static final int CLOSED = -1;

    private static int refused(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 413) {
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            }
            return answer.statusCode();
        } catch (java.io.IOException closed) {
            return CLOSED;
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream zeros(long length) {
        return new InputStream() {
            long left = length;

            @Override
            public int read() {
                return left-- > 0 ? '0' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) '0');
                left -= n;
                return n;
            }
        };
    }

    private static Api.Answer answer(HttpResponse<String> response) {
        return new Api.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }
}

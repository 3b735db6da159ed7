package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case's letters on the server and PostgreSQL (POST /cases/{id}/letters): filled from the case's records (the child,
 * the parent and their address, the school, attendance from the marks, the officer from the staff directory, the
 * meeting), downloaded as PDF and read back, marked as sent with the rules on dates and versions, seen only by those
 * who read the case, and announced in the child's chronology and the audit trail. The clock is the test's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersApiIT {

    /** The server's today for this test: a Tuesday in the spring term of the test calendar. */
    private static final String TODAY = "2026-01-20";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    private DeadlineClient server;
    private Api admin;
    private Api manager;
    private Api traded;

    @BeforeEach
    void council() {
        TestCouncil.ensure(base);
        server = new DeadlineClient(base);
        server.clockAt(TODAY + "T10:00:00Z");
        admin = Api.as(base, "it-admin");
        manager = Api.as(base, "sas-manager");
        traded = Api.as(base, "traded-officer");
        assertThat(admin.putJson("staff-directory/traded-officer", """
                {"fullName": "Sam Kettering", "email": "traded-officer@pathway.example", "phone": "01632 960201",
                 "manager": "sas-manager"}""").status()).isEqualTo(200);
    }

    @AfterEach
    void realTime() {
        server.realTime();
    }

    /** Two brothers at school 9991001 with their mother; the elder missed 2 of 10 sessions last week. */
    private String[] family(int first) {
        String elder = TestCouncil.upn(first);
        String younger = TestCouncil.upn(first + 1);
        assertThat(admin.importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + elder + ",9991001,Rowan,Kestrel,2015-03-04,5,M,2025-09-01\n"
                + younger + ",9991001,Ash,Kestrel,2017-06-10,3,M,2025-09-01\n").getString("status")).isEqualTo("COMPLETED");
        if (Api.as(base, "sas-manager").get("pupils/" + elder + "/family").object().getJsonArray("carers").isEmpty()) {
            Api.Answer mother = Api.as(base, "sas-manager").postJson("pupils/" + elder + "/carers", """
                    {"forename": "Alex", "surname": "Kestrel", "relationship": "MOTHER", "parentalResponsibility": true,
                     "livesWith": true, "address": "12 Sample Road, Exampletown", "postcode": "ZZ1 1ZZ"}""");
            assertThat(mother.status()).as(mother.body()).isEqualTo(201);
            long carerId = mother.object().getJsonNumber("carerId").longValue();
            assertThat(Api.as(base, "sas-manager").postJson("pupils/" + younger + "/carers", "{\"carerId\": " + carerId
                    + ", \"relationship\": \"MOTHER\", \"parentalResponsibility\": true, \"livesWith\": true}")
                    .status()).isEqualTo(201);
        }
        StringBuilder marks = new StringBuilder("upn,laestab,date,session,code\n");
        for (String day : new String[]{"2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16"}) {
            marks.append(elder).append(",9991001,").append(day).append(",AM,").append(day.endsWith("16") ? "O" : "/")
                    .append('\n').append(elder).append(",9991001,").append(day).append(",PM,")
                    .append(day.endsWith("16") ? "O" : "\\").append('\n');
        }
        assertThat(admin.importAndWait("attendance", marks.toString()).getString("status")).isEqualTo("COMPLETED");
        return new String[]{elder, younger};
    }

    private long open(String json) {
        Api.Answer opened = manager.postJson("cases", json);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.object().getJsonNumber("id").longValue();
    }

    @Test
    void aLetterIsFilledFromTheCaseDownloadedAsPdfAndMarkedAsSent() throws IOException {
        String[] children = family(711);
        String elder = children[0];
        long caseId = open("{\"upn\": \"" + elder + "\", \"level\": \"L2\", \"reason\": \"Attendance 80% last week\","
                + " \"officer\": \"traded-officer\"}");

        Api.Answer made = traded.postJson("cases/" + caseId + "/letters", """
                {"templateCode": "AIM_INVITATION", "meeting": {"date": "2026-01-27", "time": "9:30am",
                 "place": "Riverside Primary School, meeting room 2"}}""");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonObject letter = made.object();
        long id = letter.getJsonNumber("id").longValue();
        assertThat(letter.getString("title")).isEqualTo("Invitation to an Attendance Improvement Meeting");
        assertThat(letter.getJsonNumber("caseId").longValue()).isEqualTo(caseId);
        assertThat(letter.getString("createdBy")).isEqualTo("traded-officer");
        assertThat(letter.isNull("sentMethod")).isTrue();

        JsonArray listed = (JsonArray) traded.get("cases/" + caseId + "/letters").json();
        assertThat(listed).extracting(l -> l.asJsonObject().getJsonNumber("id").longValue()).containsExactly(id);

        HttpResponse<byte[]> pdf = download("traded-officer", "letters/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .contains("letter-" + id + "-invitation-to-an-attendance-improvement-meeting.pdf");
        String text = text(pdf.body());
        assertThat(text).contains("Example County Council", "County Hall, 1 Sample Street", "Dear Alex Kestrel,",
                "12 Sample Road", "Exampletown", "ZZ1 1ZZ", "Rowan Kestrel", "4 March 2015", "Riverside Primary School",
                "attended 80.0% of", "Tuesday 27 January 2026", "9:30am", "Riverside Primary School, meeting room 2",
                "Sam Kettering", "01632 960201", "traded-officer@pathway.example", String.valueOf(caseId))
                .doesNotContain("{{", "[not recorded]");

        // marked as sent: never in the future, nor before the letter was made; a correction needs the version read
        assertField(traded.postJson("letters/" + id + "/sent", sent("POST", "2026-01-21", null)), 400, "sentOn");
        assertField(traded.postJson("letters/" + id + "/sent", sent("POST", "2026-01-19", null)), 400, "sentOn");
        assertField(traded.postJson("letters/" + id + "/sent", sent("FAX", TODAY, null)), 400, "method");
        Api.Answer posted = traded.postJson("letters/" + id + "/sent", sent("POST", TODAY, null));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.object().getString("sentMethod")).isEqualTo("POST");
        assertThat(posted.object().getString("sentOn")).isEqualTo(TODAY);
        assertThat(posted.object().getString("sentBy")).isEqualTo("traded-officer");
        long version = posted.object().getJsonNumber("version").longValue();
        assertThat(manager.postJson("letters/" + id + "/sent", sent("HAND", TODAY, null)).status())
                .as("marked already: only a correction with the version read").isEqualTo(409);
        assertThat(manager.postJson("letters/" + id + "/sent", sent("HAND", TODAY, version - 1)).status()).isEqualTo(409);
        Api.Answer corrected = manager.postJson("letters/" + id + "/sent", sent("HAND", TODAY, version));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.object().getString("sentMethod")).isEqualTo("HAND");
        assertThat(corrected.object().getString("sentBy")).isEqualTo("sas-manager");

        // the child's chronology and the audit trail
        JsonArray lines = manager.get("pupils/" + elder + "/chronology?module=casework").object().getJsonArray("lines");
        assertThat(lines).extracting(l -> l.asJsonObject().getString("kind") + ": " + l.asJsonObject().getString("summary"))
                .contains("LETTER_CREATED: Letter made: Invitation to an Attendance Improvement Meeting",
                        "LETTER_SENT: Invitation to an Attendance Improvement Meeting sent by post on " + TODAY,
                        "LETTER_SENT: Invitation to an Attendance Improvement Meeting sent by hand on " + TODAY
                                + " (corrected)");
        assertThat(manager.get("audit?action=CHANGE&upn=" + elder).body())
                .contains("made Invitation to an Attendance Improvement Meeting for case " + caseId);
        assertThat(manager.get("audit?action=READ&upn=" + elder).body())
                .contains("downloaded Invitation to an Attendance Improvement Meeting");
    }

    @Test
    void onlyThoseWhoReadTheCaseSeeItsLettersAndOnlyThoseWhoWorkItMakeThem() {
        String elder = family(715)[0];
        long caseId = open("{\"upn\": \"" + elder + "\", \"level\": \"L2\", \"reason\": \"Persistent absence\","
                + " \"officer\": \"traded-officer\"}");
        Api.Answer made = traded.postJson("cases/" + caseId + "/letters", "{\"templateCode\": \"ATTENDANCE_LETTER_1\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.object().getJsonNumber("id").longValue();

        // a statutory officer reads statutory cases and their own only; the school lead sees the case's status only
        for (String outsider : new String[]{"statutory-officer", "school-lead-9991001"}) {
            Api api = Api.as(base, outsider);
            assertThat(api.get("letters/" + id).status()).as(outsider).isIn(403, 404);
            assertThat(api.get("cases/" + caseId + "/letters").status()).as(outsider).isIn(403, 404);
            assertThat(api.postJson("cases/" + caseId + "/letters", "{\"templateCode\": \"ATTENDANCE_LETTER_1\"}")
                    .status()).as(outsider).isIn(403, 404);
        }
        assertThat(admin.get("letters/" + id).status()).isEqualTo(403);
        Api.Answer missing = traded.get("letters/99999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");

        // after the case closes: the closure letter still, no other letter
        assertThat(manager.postJson("cases/" + caseId + "/close", "{\"outcome\": \"ATTENDANCE_IMPROVED\", \"note\": \"Back to 96%\"}")
                .status()).isEqualTo(200);
        assertField(traded.postJson("cases/" + caseId + "/letters", "{\"templateCode\": \"ATTENDANCE_LETTER_1\"}"),
                400, "case");
        assertThat(traded.postJson("cases/" + caseId + "/letters", "{\"templateCode\": \"CASE_CLOSURE\"}").status())
                .isEqualTo(201);
    }

    @Test
    void aSchoolLeadMakesReadsAndSendsTheLettersOfTheirPupilsLevelOneCaseOnly() {
        String elder = family(719)[0];
        long caseId = open("{\"upn\": \"" + elder + "\", \"level\": \"L1\", \"reason\": \"School action\"}");
        Api lead = Api.as(base, "school-lead-9991001");
        Api.Answer made = lead.postJson("cases/" + caseId + "/letters", "{\"templateCode\": \"ATTENDANCE_LETTER_1\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.object().getJsonNumber("id").longValue();
        assertThat(lead.get("cases/" + caseId + "/letters").status()).isEqualTo(200);
        assertThat(lead.get("letters/" + id).status()).isEqualTo(200);
        assertThat(download("school-lead-9991001", "letters/" + id + "/pdf").statusCode()).isEqualTo(200);
        Api.Answer marked = lead.postJson("letters/" + id + "/sent", sent("POST", TODAY.toString(), null));
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        // another school's lead: not found, whatever they send
        Api other = Api.as(base, "school-lead-9991002");
        assertThat(other.get("letters/" + id).status()).isEqualTo(404);
        assertThat(other.postJson("letters/" + id + "/sent", "{}").status()).isEqualTo(404);
        assertThat(other.postJson("cases/" + caseId + "/letters", "{}").status()).isEqualTo(404);
        // at Level 2, which school leads do not work, the lead sees the case's status only
        assertThat(manager.postJson("cases/" + caseId + "/step-up", "{\"overrideReason\": \"Needs the AIM now\"}")
                .status()).isEqualTo(200);
        assertThat(lead.get("letters/" + id).status()).isEqualTo(404);
        assertThat(lead.postJson("cases/" + caseId + "/letters", "{}").status()).as("sees it, may not work it").isEqualTo(403);
    }

    @Test
    void aLetterThatCannotBeMadeIsRefusedNamingWhatIsWrong() {
        String[] children = family(717);
        long family = open("{\"upns\": [\"" + children[0] + "\", \"" + children[1] + "\"], \"level\": \"L2\","
                + " \"reason\": \"Both brothers late most days\", \"officer\": \"traded-officer\"}");
        String url = "cases/" + family + "/letters";

        Api.Answer whichChild = traded.postJson(url, "{\"templateCode\": \"ATTENDANCE_LETTER_1\"}");
        assertField(whichChild, 400, "upn");
        assertThat(whichChild.body()).contains("is about 2 children");
        assertField(traded.postJson(url, "{\"templateCode\": \"ATTENDANCE_LETTER_1\", \"upn\": \""
                + TestCouncil.upn(1) + "\"}"), 400, "upn");
        Api.Answer noTemplate = traded.postJson(url, "{\"templateCode\": \"NO_SUCH_LETTER\", \"upn\": \"" + children[1]
                + "\"}");
        assertField(noTemplate, 400, "templateCode");
        assertThat(noTemplate.body()).contains("AIM_INVITATION");
        assertField(traded.postJson(url, "{\"upn\": \"" + children[1] + "\"}"), 400, "templateCode");
        assertField(traded.postJson(url, "{\"templateCode\": \"AIM_INVITATION\", \"upn\": \"" + children[1] + "\"}"),
                400, "meeting.date");
        assertField(traded.postJson(url, "{\"templateCode\": \"AIM_INVITATION\", \"upn\": \"" + children[1]
                + "\", \"meeting\": {\"date\": \"2026-01-19\"}}"), 400, "meeting.date");
        assertThat((JsonArray) traded.get(url).json()).as("nothing half-made").isEmpty();

        Api.Answer younger = traded.postJson(url, "{\"templateCode\": \"ATTENDANCE_LETTER_1\", \"upn\": \""
                + children[1] + "\"}");
        assertThat(younger.status()).as(younger.body()).isEqualTo(201);
        assertThat(younger.object().getJsonNumber("pupilId")).isNotNull();
        assertThat(text(download("traded-officer", "letters/" + younger.object().getJsonNumber("id") + "/pdf").body()))
                .contains("Ash Kestrel")
                .as("no marks for the younger brother: the gap shows").contains("[not recorded]");
    }

    private static String sent(String method, String on, Long version) {
        return "{\"method\": \"" + method + "\", \"sentOn\": \"" + on + "\""
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    private static void assertField(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.object().getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo(field);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new IllegalStateException("Not a PDF", e);
        }
    }

    private HttpResponse<byte[]> download(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }
}

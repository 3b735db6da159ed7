package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case's letter on the server and PostgreSQL: made (as casework will make it), read, downloaded as PDF and read back,
 * marked as sent with the rules on dates and versions, and announced to the chronology and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClasses(LetterFixture.class, LetterFixture.Announcements.class,
                LetterFixture.Make.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aLetterIsMadeDownloadedAsPdfAndMarkedAsSent() throws IOException {
        TestCouncil.ensure(base);
        String upn = TestCouncil.upn(701);
        Api admin = Api.as(base, "it-admin");
        assertThat(admin.importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + upn + ",9991001,Rowan,Kestrel,2015-03-04,6,X,2025-09-01\n").getString("status")).isEqualTo("COMPLETED");
        Api officer = Api.as(base, "statutory-officer");

        Api.Answer made = post(officer, "it-fixture/letters", """
                {"upn": "%s", "caseId": 7001, "templateCode": "AIM_INVITATION", "fields": {
                  "council.name": "Example County Council", "carer.name": "Alex Kestrel",
                  "child.name": "Rowan Kestrel", "school.name": "Riverside Primary School",
                  "attendance.percent": "84.2", "attendance.from": "1 September 2026",
                  "attendance.to": "20 November 2026", "meeting.date": "Tuesday 8 December 2026",
                  "meeting.time": "9:30am", "officer.name": "Jordan Example"}}
                """.formatted(upn));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        JsonObject letter = made.object();
        long id = letter.getJsonNumber("id").longValue();
        assertThat(letter.getString("title")).isEqualTo("Invitation to an Attendance Improvement Meeting");
        assertThat(letter.getString("templateCode")).isEqualTo("AIM_INVITATION");
        assertThat(letter.getJsonNumber("caseId").longValue()).isEqualTo(7001);
        assertThat(letter.getString("createdBy")).isEqualTo("statutory-officer");
        assertThat(letter.isNull("sentMethod")).isTrue();

        assertThat(officer.get("letters/" + id).object().getString("title"))
                .isEqualTo("Invitation to an Attendance Improvement Meeting");
        assertThat(Api.as(base, "school-lead-9991001").get("letters/" + id).status()).isEqualTo(403);
        assertThat(admin.get("letters/" + id).status()).isEqualTo(403);
        Api.Answer missing = officer.get("letters/99999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");

        HttpResponse<byte[]> pdf = download("statutory-officer", "letters/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .contains("letter-" + id + "-invitation-to-an-attendance-improvement-meeting.pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Dear Alex Kestrel,", "Rowan Kestrel", "Riverside Primary School", "attended 84.2% of",
                "Place: [not recorded]").doesNotContain("{{");

        LocalDate today = LocalDate.now();
        assertField(post(officer, "letters/" + id + "/sent", sent("POST", today.plusDays(1), null)), 400, "sentOn");
        assertField(post(officer, "letters/" + id + "/sent", sent("POST", today.minusDays(1), null)), 400, "sentOn");
        assertField(post(officer, "letters/" + id + "/sent", sent("FAX", today, null)), 400, "method");
        assertThat(post(Api.as(base, "school-lead-9991001"), "letters/" + id + "/sent", sent("POST", today, null))
                .status()).isEqualTo(403);

        Api.Answer posted = post(officer, "letters/" + id + "/sent", sent("POST", today, null));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.object().getString("sentMethod")).isEqualTo("POST");
        assertThat(posted.object().getString("sentOn")).isEqualTo(today.toString());
        assertThat(posted.object().getString("sentBy")).isEqualTo("statutory-officer");
        long version = posted.object().getJsonNumber("version").longValue();

        Api traded = Api.as(base, "traded-officer");
        assertThat(post(traded, "letters/" + id + "/sent", sent("HAND", today, null)).status())
                .as("marked already: only a correction with the version read").isEqualTo(409);
        assertThat(post(traded, "letters/" + id + "/sent", sent("HAND", today, version - 1)).status()).isEqualTo(409);
        Api.Answer corrected = post(traded, "letters/" + id + "/sent", sent("HAND", today, version));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.object().getString("sentMethod")).isEqualTo("HAND");
        assertThat(corrected.object().getString("sentBy")).isEqualTo("traded-officer");

        String announced = officer.get("it-fixture/announcements").body();
        assertThat(announced).contains(
                "chronology LETTER_CREATED pupil ", " case 7001 by statutory-officer: Letter made: Invitation to an"
                        + " Attendance Improvement Meeting",
                "chronology LETTER_SENT", "Invitation to an Attendance Improvement Meeting sent by post on " + today,
                "sent by hand on " + today + " (corrected)",
                "audit CHANGE pupil ", " letter " + id + ": made Invitation to an Attendance Improvement Meeting for case 7001",
                "audit READ pupil ", " letter " + id + ": downloaded");
    }

    @Test
    void aLetterWithAFieldThatIsNotALetterFieldOrANonexistentPupilIsRefusedByName() {
        TestCouncil.ensure(base);
        Api officer = Api.as(base, "statutory-officer");

        Api.Answer unknownField = post(officer, "it-fixture/letters", """
                {"pupilId": 1, "caseId": 7002, "templateCode": "CASE_CLOSURE", "fields": {"child.nickname": "Ro"}}
                """);
        assertField(unknownField, 400, "fields");
        assertThat(unknownField.body()).contains("'child.nickname' is not a letter field");

        assertField(post(officer, "it-fixture/letters", """
                {"pupilId": 1, "caseId": 7002, "templateCode": "NO_SUCH_LETTER", "fields": {}}
                """), 400, "templateCode");

        Api.Answer noPupil = post(officer, "it-fixture/letters", """
                {"pupilId": 987654321, "caseId": 7002, "templateCode": "CASE_CLOSURE", "fields": {}}
                """);
        assertField(noPupil, 400, "pupilId");
        assertThat(noPupil.body()).contains("There is no pupil with id 987654321");
    }

    private static Api.Answer post(Api api, String path, String json) {
        HttpResponse<String> response = api.send("POST", path, "application/json", json);
        return new Api.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static String sent(String method, LocalDate on, Long version) {
        return "{\"method\": \"" + method + "\", \"sentOn\": \"" + on + "\""
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    private static void assertField(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.object().getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo(field);
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

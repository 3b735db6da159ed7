package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** A child's chronology and their family's: what registration announced, filtered, within each caller's scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChronologyApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    private static String upnAt(String laestab, int serial) {
        String last12 = laestab + "32" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    private static final String OLDER = upnAt("9991001", 1);
    private static final String YOUNGER = upnAt("9991002", 1);

    /** Two children at two schools who share a mother; the older child's details corrected once (set up once). */
    private void family() {
        TestCouncil.ensure(base);
        Api admin = Api.as(base, "sas-manager");
        if (admin.get("pupils/" + OLDER).status() == 200) {
            return;
        }
        JsonObject job = Api.as(base, "it-admin").importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                + OLDER + ",9991001,Isla,Brackenridge,2015-01-02,5,F,2025-09-01\n"
                + YOUNGER + ",9991002,Rory,Brackenridge,2012-01-02,8,M,2025-09-03\n");
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        var mother = admin.send("POST", "pupils/" + OLDER + "/carers", "application/json", """
                {"forename": "Nell", "surname": "Brackenridge", "relationship": "MOTHER", "parentalResponsibility": true,
                 "livesWith": true, "email": "nell.brackenridge@example.org"}
                """);
        assertThat(mother.statusCode()).as(mother.body()).isEqualTo(201);
        long carerId = new Api.Answer(201, "", mother.body()).object().getJsonNumber("carerId").longValue();
        assertThat(admin.send("POST", "pupils/" + YOUNGER + "/carers", "application/json",
                "{\"carerId\": " + carerId + ", \"relationship\": \"MOTHER\", \"parentalResponsibility\": true, \"livesWith\": true}")
                .statusCode()).isEqualTo(201);
        long version = admin.get("pupils/" + OLDER).object().getJsonNumber("version").longValue();
        assertThat(admin.putJson("pupils/" + OLDER, """
                {"forename": "Isla", "surname": "Brackenridge", "dateOfBirth": "2015-01-02", "yearGroup": "5",
                 "gender": "F", "sen": "K", "version": %d}
                """.formatted(version)).status()).isEqualTo(200);
    }

    private static List<String> kinds(JsonObject timeline) {
        return timeline.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("kind")).toList();
    }

    @Test
    void aChildsChronologyHoldsWhatHappenedToThemOldestFirst() {
        family();
        JsonObject timeline = Api.as(base, "statutory-officer").get("pupils/" + OLDER + "/chronology").object();
        assertThat(timeline.getBoolean("family")).isFalse();
        JsonArray lines = timeline.getJsonArray("lines");
        assertThat(kinds(timeline)).containsExactly("ENROLLED", "PUPIL_REGISTERED", "CARER_ADDED", "DETAILS_CORRECTED");
        assertThat(lines.stream().map(l -> l.asJsonObject().getString("upn")).distinct()).containsExactly(OLDER);
        JsonObject enrolled = lines.getJsonObject(0);
        assertThat(enrolled.getString("module")).isEqualTo("registration");
        assertThat(enrolled.getString("summary")).isEqualTo("On roll at Riverside Primary School (9991001) from 2025-09-01");
        JsonObject registered = lines.getJsonObject(1);
        assertThat(registered.getString("actor")).isEqualTo("it-admin");
        assertThat(registered.getString("summary")).startsWith("Registered from import job ");
        assertThat(lines.getJsonObject(2).getString("summary"))
                .isEqualTo("Nell Brackenridge added as mother, with parental responsibility, lives with the child");
        assertThat(lines.getJsonObject(3).getString("summary")).isEqualTo("Details corrected: SEN");
        assertThat(timeline.getJsonArray("kinds").stream().map(k -> ((jakarta.json.JsonString) k).getString()))
                .contains("CARER_ADDED", "DETAILS_CORRECTED", "ENROLLED", "PUPIL_REGISTERED");
    }

    @Test
    void theFamilysChronologyAddsTheSiblingsAndFiltersByKindModuleAndDays() {
        family();
        Api officer = Api.as(base, "statutory-officer");
        JsonObject family = officer.get("pupils/" + OLDER + "/chronology?family=true").object();
        assertThat(family.getJsonArray("children").stream().map(c -> c.asJsonObject().getString("upn")))
                .containsExactly(OLDER, YOUNGER);
        assertThat(family.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("upn")).distinct())
                .containsExactlyInAnyOrder(OLDER, YOUNGER);

        JsonObject carers = officer.get("pupils/" + OLDER + "/chronology?family=true&kind=carer_added").object();
        assertThat(carers.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("upn")))
                .containsExactly(OLDER, YOUNGER);

        JsonObject firstDay = officer.get("pupils/" + OLDER
                + "/chronology?family=true&module=registration&from=2025-09-01&to=2025-09-02").object();
        assertThat(kinds(firstDay)).containsExactly("ENROLLED");
        assertThat(officer.get("pupils/" + OLDER + "/chronology?module=casework").object().getJsonArray("lines")).isEmpty();
    }

    @Test
    void aSchoolLeadSeesTheirPupilsFamilyChronologyWithoutTheSiblingAtAnotherSchool() {
        family();
        JsonObject leads = Api.as(base, "school-lead-9991001").get("pupils/" + OLDER + "/chronology?family=true").object();
        assertThat(leads.getJsonArray("children")).hasSize(1);
        assertThat(leads.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("upn")).distinct())
                .containsExactly(OLDER);
        assertThat(Api.as(base, "school-lead-9991002").get("pupils/" + OLDER + "/chronology").status()).isEqualTo(404);
        assertThat(Api.as(base, "claag-member").get("pupils/" + OLDER + "/chronology").status()).isEqualTo(403);
    }

    @Test
    void readingAChronologyIsAuditedForEachChildItShows() {
        family();
        Api.as(base, "early-help-worker").get("pupils/" + OLDER + "/chronology?family=true");
        JsonObject entries = Api.as(base, "sas-manager").get("audit?user=early-help-worker&upn=" + YOUNGER).object();
        assertThat(entries.getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("detail")))
                .contains("chronology, in the family chronology of pupil " + OLDER);
        assertThat(Api.as(base, "sas-manager").get("audit?user=early-help-worker&upn=" + OLDER).object()
                .getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("detail")))
                .contains("family chronology");
    }

    @Test
    void theFamilysChronologyPrintsAsPdfWithTheSameEntriesAndThePrintIsAudited() throws Exception {
        family();
        String user = "statutory-officer";
        JsonObject family = Api.as(base, user).get("pupils/" + OLDER + "/chronology?family=true").object();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString())
                        .resolve("api/v1/pupils/" + OLDER + "/chronology/pdf?family=true"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .contains("chronology-" + OLDER + "-family.pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Family chronology", "Family of Isla Brackenridge (" + OLDER + "), Rory Brackenridge ("
                + YOUNGER + ")", "Every entry", "by " + user + ": " + family.getJsonArray("lines").size() + " entries",
                "When", "Child", "Module", "What", "[CARER_ADDED]", "[ENROLLED]", "Rory Brackenridge");

        assertThat(Api.as(base, "school-lead-9991002").get("pupils/" + OLDER + "/chronology/pdf").status())
                .isEqualTo(404);
        assertThat(Api.as(base, "sas-manager").get("audit?user=" + user + "&upn=" + OLDER).object()
                .getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("detail")))
                .contains("family chronology printed");
    }

    /** A child at 9991001 with a Level 2 case the traded officer opened (allocated to them); set up once. */
    private long childWithACase() {
        TestCouncil.ensure(base);
        Api traded = Api.as(base, "traded-officer");
        if (Api.as(base, "sas-manager").get("pupils/" + WITH_CASE).status() != 200) {
            assertThat(Api.as(base, "it-admin").importAndWait("pupils",
                    "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                            + WITH_CASE + ",9991001,Ada,Quillfeather,2015-04-05,5,F,2025-09-01\n").getString("status"))
                    .isEqualTo("COMPLETED");
            Api.Answer opened = traded.postJson("cases", "{\"upn\": \"" + WITH_CASE + "\", \"level\": \"L2\","
                    + " \"reason\": \"Anxious about the journey to school; parent says the child is unwell most Mondays\"}");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        }
        return traded.get("pupils/" + WITH_CASE + "/cases").json().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static final String WITH_CASE = upnAt("9991001", 3);

    private static long caseLines(JsonObject timeline) {
        return timeline.getJsonArray("lines").stream().filter(l -> !l.asJsonObject().isNull("caseId")).count();
    }

    @Test
    void aCasesLinesShowOnlyToThoseWhoReadTheCaseOnTheScreenTheApiAndThePdf() throws Exception {
        long caseId = childWithACase();
        JsonObject holders = Api.as(base, "traded-officer").get("pupils/" + WITH_CASE + "/chronology").object();
        assertThat(kinds(holders)).contains("ENROLLED", "CASE_OPENED");
        assertThat(holders.getJsonArray("lines").stream().filter(l -> !l.asJsonObject().isNull("caseId"))
                .map(l -> l.asJsonObject().getJsonNumber("caseId").longValue()).distinct()).containsExactly(caseId);
        assertThat(caseLines(Api.as(base, "sas-manager").get("pupils/" + WITH_CASE + "/chronology").object()))
                .isEqualTo(caseLines(holders)).isPositive();

        // A Level 2 case allocated to the traded officer: a statutory officer and an early help worker read the
        // child's registration lines, never the case's; the school lead their pupil's registration lines only.
        for (String user : List.of("statutory-officer", "early-help-worker", "school-lead-9991001")) {
            JsonObject timeline = Api.as(base, user).get("pupils/" + WITH_CASE + "/chronology").object();
            assertThat(kinds(timeline)).as(user).contains("ENROLLED").doesNotContain("CASE_OPENED");
            assertThat(caseLines(timeline)).as(user).isZero();
            assertThat(timeline.getJsonArray("kinds").stream().map(k -> ((jakarta.json.JsonString) k).getString()))
                    .as(user).doesNotContain("CASE_OPENED");
            assertThat(Api.as(base, user).get("pupils/" + WITH_CASE + "/chronology?module=casework").object()
                    .getJsonArray("lines")).as(user).isEmpty();
        }

        String user = "statutory-officer";
        int shown = Api.as(base, user).get("pupils/" + WITH_CASE + "/chronology").object().getJsonArray("lines").size();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString())
                        .resolve("api/v1/pupils/" + WITH_CASE + "/chronology/pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("by " + user + ": " + shown + " entries", "[ENROLLED]")
                .doesNotContain("[CASE_OPENED]", "Anxious about the journey");
    }

    @Test
    void theAdministratorReadsNoChronology() {
        family();
        assertThat(Api.as(base, "it-admin").get("pupils/" + OLDER + "/chronology").status()).isEqualTo(403);
        assertThat(Api.as(base, "it-admin").get("pupils/" + OLDER + "/chronology/pdf").status()).isEqualTo(403);
    }

    @Test
    void aWrongFilterIsRefusedNamingWhatIsWrong() {
        family();
        Api officer = Api.as(base, "statutory-officer");
        Api.Answer module = officer.get("pupils/" + OLDER + "/chronology?module=finance");
        assertThat(module.status()).isEqualTo(400);
        assertThat(module.object().getString("detail"))
                .isEqualTo("module must be one of registration, casework, panels, legal, kernel; got 'finance'");
        Api.Answer family = officer.get("pupils/" + OLDER + "/chronology?family=maybe");
        assertThat(family.status()).isEqualTo(400);
        assertThat(family.object().getString("detail")).isEqualTo("family must be true or false; got 'maybe'");
        assertThat(officer.get("pupils/" + OLDER + "/chronology?from=2026-01-02&to=2026-01-01").status()).isEqualTo(400);
    }
}

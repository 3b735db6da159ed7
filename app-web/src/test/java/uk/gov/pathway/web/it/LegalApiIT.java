package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
 * Orders and prosecution files on the server and PostgreSQL (spec/API.md, "Orders and prosecution files"): an ESO's
 * end and extension window (a Year 11 pupil's ends on the last Friday of June); a school lead sees only the statuses
 * of their own pupils' orders; a prosecution file opened, refused referral until complete, referred, returned once
 * with what is needed (the officer's task), completed and referred again, accepted, concluded with a parenting order;
 * the legal officer lists only referred files and gets 404 for the others; the bundle read back with PDFBox, its index
 * checked against the sections and the page numbers against the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalApiIT {

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
    private Api officer;
    private Api legal;
    private Api lead;

    @BeforeEach
    void council() {
        TestCouncil.ensure(base);
        server = new DeadlineClient(base);
        server.clockAt(TODAY + "T10:00:00Z");
        admin = Api.as(base, "it-admin");
        manager = Api.as(base, "sas-manager");
        officer = Api.as(base, "statutory-officer");
        legal = Api.as(base, "legal-officer");
        lead = Api.as(base, "school-lead-9991001");
    }

    @AfterEach
    void realTime() {
        server.realTime();
    }

    /** A child at {@code laestab} born on {@code born} with a mother; answers the carer's id. */
    private long child(String upn, String laestab, String forename, String born, String year) {
        JsonObject job = admin.importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,year_group,gender,"
                + "entry_date\n" + upn + "," + laestab + "," + forename + ",Lawford," + born + "," + year
                + ",F,2025-09-01\n");
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
        var carers = manager.get("pupils/" + upn + "/family").object().getJsonArray("carers");
        if (!carers.isEmpty()) {
            return carers.getJsonObject(0).getJsonNumber("carerId").longValue();
        }
        Api.Answer mother = manager.postJson("pupils/" + upn + "/carers", """
                {"forename": "Jo", "surname": "Lawford", "relationship": "MOTHER", "parentalResponsibility": true,
                 "livesWith": true, "address": "4 Example Lane, Exampletown", "postcode": "ZZ9 9ZZ"}""");
        assertThat(mother.status()).as(mother.body()).isEqualTo(201);
        return mother.object().getJsonNumber("carerId").longValue();
    }

    private long caseOf(String upn) {
        var existing = manager.get("pupils/" + upn + "/cases").json().asJsonArray();
        if (!existing.isEmpty()) {
            return existing.getJsonObject(0).getJsonNumber("id").longValue();
        }
        Api.Answer opened = manager.postJson("cases", "{\"upn\": \"" + upn + "\", \"level\": \"L3\", \"reason\":"
                + " \"Statutory attendance work\", \"officer\": \"statutory-officer\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.object().getJsonNumber("id").longValue();
    }

    private void absent(String upn, String... days) {
        StringBuilder marks = new StringBuilder("upn,laestab,date,session,code\n");
        for (String day : days) {
            marks.append(upn).append(",9991001,").append(day).append(",AM,O\n").append(upn).append(",9991001,")
                    .append(day).append(",PM,O\n");
        }
        assertThat(admin.importAndWait("attendance", marks.toString()).getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void anEsoRunsOneYearOrToTheLastFridayOfJuneAndASchoolLeadSeesOnlyItsStatus() {
        String young = TestCouncil.upn(901);
        child(young, "9991001", "Mia", "2015-02-11", "5");
        long youngCase = caseOf(young);
        Api.Answer made = officer.postJson("cases/" + youngCase + "/education-supervision-orders",
                "{\"madeOn\": \"2026-01-19\", \"supervisingOfficer\": \"statutory-officer\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.object().keySet()).containsExactlyInAnyOrder("id", "madeOn", "endsOn", "extensionWindowOpens");
        assertThat(made.object().getString("madeOn")).isEqualTo("2026-01-19");
        assertThat(made.object().getString("endsOn")).isEqualTo("2027-01-18");
        assertThat(made.object().getString("extensionWindowOpens")).isEqualTo("2026-10-19");

        String year11 = TestCouncil.upn(902);
        child(year11, "9991001", "Nell", "2010-01-15", "11");
        Api.Answer cut = manager.postJson("cases/" + caseOf(year11) + "/education-supervision-orders",
                "{\"madeOn\": \"2026-01-19\", \"supervisingOfficer\": \"statutory-officer\"}");
        assertThat(cut.status()).as(cut.body()).isEqualTo(201);
        assertThat(cut.object().getString("endsOn")).as("the last Friday of June 2026").isEqualTo("2026-06-26");
        assertThat(cut.object().isNull("extensionWindowOpens")).isTrue();

        Api.Answer noDate = officer.postJson("cases/" + youngCase + "/education-supervision-orders",
                "{\"supervisingOfficer\": \"statutory-officer\"}");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body()).contains("madeOn");

        // the school lead: statuses of their own pupils' orders only; no order endpoint of the officers'
        Api.Answer statuses = lead.get("pupils/" + young + "/orders");
        assertThat(statuses.status()).as(statuses.body()).isEqualTo(200);
        assertThat(statuses.json().asJsonArray()).anySatisfy(o -> {
            assertThat(o.asJsonObject().getString("kind")).isEqualTo("EDUCATION_SUPERVISION_ORDER");
            assertThat(o.asJsonObject().getString("status")).isEqualTo("RUNNING");
        });
        String elsewhere = TestCouncil.upn(903);
        child(elsewhere, "9991002", "Ola", "2012-05-05", "9");
        assertThat(lead.get("pupils/" + elsewhere + "/orders").status()).isEqualTo(404);
        assertThat(lead.get("cases/" + youngCase + "/education-supervision-orders").status()).isEqualTo(403);
        assertThat(lead.postJson("cases/" + youngCase + "/education-supervision-orders",
                "{\"madeOn\": \"2026-01-19\", \"supervisingOfficer\": \"x\"}").status()).isEqualTo(403);
        assertThat(legal.get("pupils/" + young + "/orders").status()).isEqualTo(403);

        // a prosecution file for days under the order is refused
        Api.Answer underOrder = officer.postJson("cases/" + youngCase + "/prosecution-files", """
                {"section": "444(1)", "upns": ["%s"], "from": "2026-01-12", "to": "2026-01-19"}""".formatted(young));
        assertThat(underOrder.status()).as(underOrder.body()).isEqualTo(422);
        assertThat(underOrder.body()).contains("Education Supervision Order");

        // the extension is applied for in the window only
        long orderId = made.object().getJsonNumber("id").longValue();
        Api.Answer early = officer.postJson("education-supervision-orders/" + orderId + "/extensions",
                "{\"appliedOn\": \"2026-01-20\", \"years\": 1}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("appliedOn");
    }

    @Test
    void aFileIsReferredReturnedOnceAcceptedAndConcludedAndOnlyReferredFilesReachLegalServices() throws IOException {
        String upn = TestCouncil.upn(911);
        long mother = child(upn, "9991001", "Pia", "2014-09-09", "6");
        absent(upn, "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16");
        long caseId = caseOf(upn);

        Api.Answer opened = officer.postJson("cases/" + caseId + "/prosecution-files", """
                {"section": "444(1)", "upns": ["%s"], "from": "2026-01-05", "to": "2026-01-16",
                 "decisionReference": "PPP-2026-01", "decidedOn": "2026-01-19"}""".formatted(upn));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.object().getJsonNumber("id").longValue();
        assertThat(opened.object().getString("status")).isEqualTo("OPEN");
        assertThat(opened.object().getString("layBy")).isEqualTo("2026-07-16");
        assertThat(opened.object().getString("warnOn")).isEqualTo("2026-06-18");
        assertThat(officer.postJson("cases/" + caseId + "/prosecution-files", """
                {"section": "444(2)", "upns": ["%s"], "from": "2026-01-05", "to": "2026-01-16"}""".formatted(upn))
                .body()).contains("section");

        // an open file is not Legal Services': not listed, 404 by id and for its bundle
        assertThat(ids(legal.get("prosecution-files"))).doesNotContain(id);
        assertThat(legal.get("prosecution-files/" + id).status()).isEqualTo(404);
        assertThat(download("legal-officer", "prosecution-files/" + id + "/bundle").statusCode()).isEqualTo(404);
        assertThat(ids(officer.get("prosecution-files"))).contains(id);

        // refused until complete, naming what is missing
        HttpResponse<String> early = officer.send("POST", "prosecution-files/" + id + "/referral", null, null);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("s447", "s566", "witness statement", "parent charged");

        assertThat(officer.postJson("prosecution-files/" + id + "/parent", "{\"carerId\": " + mother + "}").status())
                .isEqualTo(200);
        assertThat(officer.postJson("prosecution-files/" + id + "/s447", """
                {"on": "2026-01-19", "consideration": "An ESO was considered; the family refused every support offered, so prosecution."}""")
                .status()).isEqualTo(200);
        Api.Answer notPdf = officer.postJson("prosecution-files/" + id + "/evidence", """
                {"kind": "CERTIFICATE_S566", "on": "2026-01-19", "person": "A Head", "laestab": "9991001",
                 "summary": "Certificate of attendance 5 to 16 January", "pdf": "%s"}"""
                .formatted(Base64.getEncoder().encodeToString("not a pdf".getBytes(StandardCharsets.UTF_8))));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.body()).contains("document", "not a PDF");
        Api.Answer certificate = officer.postJson("prosecution-files/" + id + "/evidence", """
                {"kind": "CERTIFICATE_S566", "on": "2026-01-19", "person": "A Head", "laestab": "9991001",
                 "summary": "Certificate of attendance 5 to 16 January", "pdf": "%s"}"""
                .formatted(Base64.getEncoder().encodeToString(signedPdf("SIGNED CERTIFICATE OF ATTENDANCE"))));
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        Api.Answer statement = officer.postJson("prosecution-files/" + id + "/evidence", """
                {"kind": "WITNESS_STATEMENT", "on": "2026-01-19", "person": "Statutory Officer",
                 "summary": "My statement of the support offered", "exhibits": "SO/1 letters; SO/2 register"}""");
        assertThat(statement.status()).as(statement.body()).isEqualTo(201);

        HttpResponse<String> referred = officer.send("POST", "prosecution-files/" + id + "/referral", null, null);
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
        assertThat(referred.body()).contains("\"REFERRED\"");

        // Legal Services see it now, exactly as the contract lists it
        JsonObject listed = legal.get("prosecution-files").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(listed.keySet()).containsExactlyInAnyOrder("id", "caseId", "section", "status");
        assertThat(listed.getString("status")).isEqualTo("REFERRED");
        assertThat(listed.getJsonNumber("caseId").longValue()).isEqualTo(caseId);
        assertThat(legal.get("prosecution-files").json().asJsonArray()).noneMatch(f -> f.asJsonObject()
                .getString("status").equals("OPEN"));

        HttpResponse<byte[]> bundle = download("legal-officer", "prosecution-files/" + id + "/bundle");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        checkIndex(bundle.body(), "SIGNED CERTIFICATE OF ATTENDANCE", "My statement of the support offered");

        // returned once with what is needed: the officer's task, then back again
        assertThat(legal.postJson("prosecution-files/" + id + "/review", "{\"decision\": \"RETURNED\"}").body())
                .contains("needed");
        Api.Answer returned = legal.postJson("prosecution-files/" + id + "/review", """
                {"decision": "RETURNED", "needed": ["the school's attendance officer's s9 statement"]}""");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.object().getString("status")).isEqualTo("RETURNED");
        awaitTask(officer, "Prosecution file " + id + " returned by Legal Services");
        assertThat(officer.postJson("prosecution-files/" + id + "/review", "{\"decision\": \"ACCEPTED\"}").status())
                .isEqualTo(403);
        HttpResponse<String> again = officer.send("POST", "prosecution-files/" + id + "/referral", null, null);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("attendance officer's s9 statement");
        assertThat(officer.postJson("prosecution-files/" + id + "/evidence", """
                {"kind": "WITNESS_STATEMENT", "on": "2026-01-20", "person": "School attendance officer",
                 "summary": "The school's first-day calls and home visits", "exhibits": "AO/1 call log"}""")
                .status()).isEqualTo(201);
        assertThat(officer.send("POST", "prosecution-files/" + id + "/referral", null, null).statusCode())
                .isEqualTo(200);

        Api.Answer accepted = legal.postJson("prosecution-files/" + id + "/review",
                "{\"decision\": \"ACCEPTED\", \"needed\": [], \"laidOn\": \"2026-01-20\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.object().getString("status")).isEqualTo("ACCEPTED");
        Api.Answer tooMuch = legal.postJson("prosecution-files/" + id + "/hearings", """
                {"on": "2026-01-20", "plea": "NOT_GUILTY", "verdict": "GUILTY", "fine": 1200}""");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("fine");
        Api.Answer verdict = legal.postJson("prosecution-files/" + id + "/hearings", """
                {"on": "2026-01-20", "court": "Exampletown Magistrates' Court", "plea": "NOT_GUILTY",
                 "verdict": "GUILTY", "fine": 120, "costs": 200, "surcharge": 48, "parentingOrderMonths": 12,
                 "programme": "Parenting programme, 10 weekly sessions"}""");
        assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
        assertThat(verdict.object().getString("status")).isEqualTo("CONCLUDED");
        assertThat(verdict.object().getJsonArray("records").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals("HEARING"))).singleElement().satisfies(h -> {
                    assertThat(h.getString("verdict")).isEqualTo("GUILTY");
                    assertThat(h.getInt("parentingOrderMonths")).isEqualTo(12);
                });
        JsonObject figures = manager.get("prosecution-files/figures").object();
        assertThat(figures.getJsonNumber("convictions").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(figures.getJsonNumber("returnedAtLeastOnce").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(manager.get("pupils/" + upn + "/chronology").body()).contains("PROSECUTION_FILE_REFERRED",
                "PROSECUTION_CONCLUDED");
        assertThat(Api.as(base, "traded-officer").get("prosecution-files/" + id).status()).isEqualTo(404);
        assertThat(lead.get("prosecution-files").status()).isEqualTo(403);
    }

    /** The index on the first page names each section and its page; that page begins the section. */
    private static void checkIndex(byte[] pdf, String... somewhere) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String first = page(document, 1).replaceAll("\\s+", " ");
            assertThat(first).contains("Index");
            Map<Integer, Integer> index = new LinkedHashMap<>();
            List<String> headings = new java.util.ArrayList<>();
            String rows = first.substring(first.indexOf("Index"));
            int from = 0;
            for (int n = 1; n <= 12; n++) {
                Matcher row = Pattern.compile("(?:^|\\s)" + n + " (.+?) (\\d+)(?=\\s" + (n < 12 ? (n + 1) + " " : "")
                        + ")").matcher(rows);
                if (!row.find(from)) {
                    break;
                }
                index.put(n, Integer.parseInt(row.group(2)));
                headings.add(row.group(1).strip());
                from = row.end();
            }
            assertThat(index).as(first).hasSize(12);
            int previous = 1;
            for (Map.Entry<Integer, Integer> entry : index.entrySet()) {
                int page = entry.getValue();
                assertThat(page).isGreaterThan(previous).isLessThanOrEqualTo(document.getNumberOfPages());
                assertThat(page(document, page).replaceAll("\\s+", " "))
                        .contains(entry.getKey() + ". " + headings.get(entry.getKey() - 1));
                previous = page;
            }
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String text : somewhere) {
                assertThat(all).contains(text);
            }
            assertThat(all).contains("Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
        }
    }

    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    static byte[] signedPdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The owner's inbox shows the task once its deadline, due today, has fired (by its own timer). */
    private static void awaitTask(Api owner, String title) {
        long until = System.currentTimeMillis() + 60_000;
        while (!owner.get("tasks").body().contains(title)) {
            assertThat(System.currentTimeMillis()).as("no task '" + title + "' within a minute").isLessThan(until);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Long> ids(Api.Answer list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().asJsonArray().stream().map(f -> f.asJsonObject().getJsonNumber("id").longValue()).toList();
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

package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.pathway.fixtures.FictionalCalendar;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * The penalty notice contract of spec/API.md through the API, on the server's clock pinned to Monday 5 October 2026:
 * the 201 answer as written, the 422 answers (not a parent, a session not unauthorised or already covered, the limit
 * with its alternatives), payments (a part payment settles nothing), withdrawal, who reads which notices, the end of
 * the 28 days (the clock moved) and the DfE return as JSON, CSV and Excel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PenaltyNoticesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    static URL server;

    /** A fictional UPN no other test uses (year digits 42). */
    static String upn(String laestab, int serial) {
        String last12 = laestab + "42" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    static final String CHILD = upn("9991001", 1);
    static final String SIBLING = upn("9991001", 2);
    static final String ELSEWHERE = upn("9991002", 3);

    @BeforeEach
    void council() {
        server = base;
        TestCouncil.ensure(base);
        Api admin = Api.as(base, "it-admin");
        Api.Answer year = admin.putJson("calendar/2026", FictionalCalendar.json(2026));
        assertThat(year.status()).as(year.body()).isEqualTo(200);
        clock("2026-10-05T09:00:00Z");
        JsonObject pupils = admin.importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                        + CHILD + ",9991001,Ada,Quillfeather,2016-03-01,5,F,2025-09-01\n"
                        + SIBLING + ",9991001,Bo,Quillfeather,2018-03-01,3,M,2025-09-01\n"
                        + ELSEWHERE + ",9991002,Cy,Lanternby,2013-03-01,8,M,2025-09-01\n");
        assertThat(pupils.getString("status")).as(pupils.toString()).isEqualTo("COMPLETED");
        StringBuilder marks = new StringBuilder("upn,laestab,date,session,code\n");
        // Ada: a holiday week (G), then late after the register closed (U) each morning and present each afternoon
        for (String day : List.of("2026-09-07", "2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11")) {
            marks.append(CHILD).append(",9991001,").append(day).append(",AM,G\n");
            marks.append(CHILD).append(",9991001,").append(day).append(",PM,G\n");
        }
        for (String day : List.of("2026-09-14", "2026-09-15", "2026-09-16", "2026-09-17", "2026-09-18")) {
            marks.append(CHILD).append(",9991001,").append(day).append(",AM,U\n");
            marks.append(CHILD).append(",9991001,").append(day).append(",PM,\\\n");
            marks.append(SIBLING).append(",9991001,").append(day).append(",AM,O\n");
            marks.append(ELSEWHERE).append(",9991002,").append(day).append(",AM,N\n");
        }
        JsonObject imported = admin.importAndWait("attendance", marks.toString());
        assertThat(imported.getString("status")).as(imported.toString()).isEqualTo("COMPLETED");
    }

    @AfterAll
    static void realTime() {
        if (server != null) {
            Api.as(server, "it-admin").send("DELETE", "clock", null, null);
        }
    }

    private void clock(String now) {
        Api.Answer moved = Api.as(base, "it-admin").putJson("clock", "{\"now\": \"" + now + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    /** The carer of that forename linked to the child, linked now if not yet. */
    private long carer(String upn, String forename, String relationship, boolean responsibility, boolean livesWith) {
        Api manager = Api.as(base, "sas-manager");
        for (JsonValue c : manager.get("pupils/" + upn + "/family").object().getJsonArray("carers")) {
            if (c.asJsonObject().getString("forename").equals(forename)) {
                return c.asJsonObject().getJsonNumber("carerId").longValue();
            }
        }
        Api.Answer added = manager.postJson("pupils/" + upn + "/carers", """
                {"forename": "%s", "surname": "Quillfeather", "relationship": "%s", "parentalResponsibility": %s,
                 "livesWith": %s, "address": "2 Test Lane, Testtown", "postcode": "TE2 2ST"}"""
                .formatted(forename, relationship, responsibility, livesWith));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.object().getJsonNumber("carerId").longValue();
    }

    private long sharedCarer(String upn, long carerId) {
        Api manager = Api.as(base, "sas-manager");
        for (JsonValue c : manager.get("pupils/" + upn + "/family").object().getJsonArray("carers")) {
            if (c.asJsonObject().getJsonNumber("carerId").longValue() == carerId) {
                return carerId;
            }
        }
        Api.Answer linked = manager.postJson("pupils/" + upn + "/carers", "{\"carerId\": " + carerId
                + ", \"relationship\": \"MOTHER\", \"parentalResponsibility\": true, \"livesWith\": true}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        return carerId;
    }

    private static String notice(String upn, long carerId, String issuedOn, String method, String on,
                                 String... sessions) {
        return """
                {"upn": "%s", "carerId": %d, "issuedOn": "%s", "issuedBy": "LOCAL_AUTHORITY",
                 "sessions": [%s], "service": {"method": "%s", "on": "%s"},
                 "withoutNoticeToImprove": "Holiday taken after the leave request was refused"}"""
                .formatted(upn, carerId, issuedOn, String.join(", ", List.of(sessions).stream()
                        .map(s -> "\"" + s + "\"").toList()), method, on);
    }

    private Api officer() {
        return Api.as(base, "statutory-officer");
    }

    private JsonObject issue(String upn, long carerId, String issuedOn, String method, String on, String... sessions) {
        Api.Answer made = officer().postJson("penalty-notices", notice(upn, carerId, issuedOn, method, on, sessions));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.object();
    }

    private void withdrawAllOf(String upn) {
        for (JsonValue n : officer().get("pupils/" + upn + "/penalty-notices").json().asJsonArray()) {
            JsonObject notice = n.asJsonObject();
            // running ones only: a paid notice stays paid (and counts), as the return below needs one
            if (notice.getString("status").equals("ISSUED") || notice.getString("status").equals("UNPAID")) {
                String ground = notice.getString("status").equals("UNPAID") ? "NOT_PROSECUTED" : "MATERIAL_ERROR";
                officer().postJson("penalty-notices/" + notice.getJsonNumber("id") + "/withdrawal",
                        "{\"ground\": \"" + ground + "\", \"reason\": \"Test re-run\"}");
            }
        }
    }

    @Test
    @Order(1)
    void aNoticeIsRecordedAndAnsweredExactlyAsTheContractWritesIt() {
        long mother = carer(CHILD, "Mara", "MOTHER", true, true);
        withdrawAllOf(CHILD);
        Api.Answer made = officer().postJson("penalty-notices",
                notice(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-07/PM", "2026-09-07/AM"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonObject n = made.object();
        assertThat(n.keySet()).containsExactlyInAnyOrder("id", "upn", "carerId", "sequence", "status", "issuedOn",
                "receivedOn", "reducedAmount", "reducedBy", "fullAmount", "fullBy", "sessions");
        // a re-run of this test against the same database finds earlier (withdrawn) notices: those do not count
        assertThat(n.getString("upn")).isEqualTo(CHILD);
        assertThat(n.getJsonNumber("carerId").longValue()).isEqualTo(mother);
        assertThat(n.getInt("sequence")).isEqualTo(1);
        assertThat(n.getString("status")).isEqualTo("ISSUED");
        assertThat(n.getString("issuedOn")).isEqualTo("2026-10-05");
        assertThat(n.getString("receivedOn")).isEqualTo("2026-10-05");
        assertThat(n.getInt("reducedAmount")).isEqualTo(80);
        assertThat(n.getString("reducedBy")).isEqualTo("2026-10-25");
        assertThat(n.getInt("fullAmount")).isEqualTo(160);
        assertThat(n.getString("fullBy")).isEqualTo("2026-11-01");
        assertThat(n.getJsonArray("sessions")).extracting(s -> ((jakarta.json.JsonString) s).getString())
                .containsExactly("2026-09-07/AM", "2026-09-07/PM");

        JsonObject read = officer().get("penalty-notices/" + n.getJsonNumber("id")).object();
        assertThat(read.getString("mainReason")).isEqualTo("HOLIDAY");
        assertThat(read.getString("issuedBy")).isEqualTo("LOCAL_AUTHORITY");
        assertThat(read.getString("withoutNoticeToImprove")).contains("leave request was refused");
    }

    @Test
    @Order(2)
    void byPostTheWindowsRunFromTheSecondWorkingDayAfterPostingAndTheOtherParentHasALimitOfTheirOwn() {
        long father = carer(CHILD, "Fenn", "FATHER", true, false);
        withdrawAllOf(CHILD);
        // posted on Thursday 1 October: received Monday 5 October (Friday and Monday are the working days)
        JsonObject n = issue(CHILD, father, "2026-10-01", "POST", "2026-10-01", "2026-09-08/AM", "2026-09-14/AM");
        assertThat(n.getString("receivedOn")).isEqualTo("2026-10-05");
        assertThat(n.getString("reducedBy")).isEqualTo("2026-10-25");
        assertThat(n.getString("fullBy")).isEqualTo("2026-11-01");
        assertThat(n.getInt("sequence")).isEqualTo(1);
        JsonObject read = officer().get("penalty-notices/" + n.getJsonNumber("id")).object();
        assertThat(read.getString("mainReason")).isEqualTo("OTHER");
    }

    @Test
    @Order(3)
    void theRefusalsAre422NamingTheReason() {
        long mother = carer(CHILD, "Mara", "MOTHER", true, true);
        long grandparent = carer(CHILD, "Gwen", "GRANDPARENT", false, false);
        withdrawAllOf(CHILD);

        Api.Answer notAParent = officer().postJson("penalty-notices",
                notice(CHILD, grandparent, "2026-10-05", "HAND", "2026-10-05", "2026-09-09/AM"));
        assertThat(notAParent.status()).as(notAParent.body()).isEqualTo(422);
        assertThat(notAParent.contentType()).startsWith("application/problem+json");
        assertThat(notAParent.object().getString("reason")).isEqualTo("NOT_A_PARENT");
        assertThat(notAParent.object().getString("detail")).contains("s576");

        Api.Answer present = officer().postJson("penalty-notices",
                notice(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-09/AM", "2026-09-14/PM"));
        assertThat(present.status()).as(present.body()).isEqualTo(422);
        assertThat(present.object().getString("reason")).isEqualTo("SESSION_NOT_UNAUTHORISED");
        assertThat(present.object().getJsonArray("sessions").getString(0)).isEqualTo("2026-09-14/PM");

        JsonObject first = issue(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-09/AM", "2026-09-09/PM");
        Api.Answer again = officer().postJson("penalty-notices",
                notice(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-09/PM", "2026-09-10/AM"));
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.object().getString("reason")).isEqualTo("SESSION_ALREADY_COVERED");
        assertThat(again.object().getJsonArray("sessions").getString(0)).isEqualTo("2026-09-09/PM");

        JsonObject second = issue(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-10/AM");
        assertThat(second.getInt("sequence")).isEqualTo(2);
        assertThat(second.isNull("reducedAmount")).isTrue();
        assertThat(second.isNull("reducedBy")).isTrue();
        assertThat(second.getInt("fullAmount")).isEqualTo(160);

        Api.Answer third = officer().postJson("penalty-notices",
                notice(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-10/PM"));
        assertThat(third.status()).as(third.body()).isEqualTo(422);
        assertThat(third.object().getString("reason")).isEqualTo("LIMIT_REACHED");
        assertThat(third.object().getJsonArray("alternativeActions")).isNotEmpty();
        assertThat(third.object().getJsonArray("alternativeActions").toString()).contains("s444");

        // the same parent for a sibling: a limit of their own
        sharedCarer(SIBLING, mother);
        withdrawAllOf(SIBLING);
        JsonObject forSibling = issue(SIBLING, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-15/AM");
        assertThat(forSibling.getInt("sequence")).isEqualTo(1);

        // a withdrawn notice does not count: once the second is withdrawn, another second may be issued
        Api.Answer withdrawn = officer().postJson("penalty-notices/" + second.getJsonNumber("id") + "/withdrawal",
                "{\"ground\": \"MATERIAL_ERROR\", \"reason\": \"The sessions were misdated\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.object().getString("status")).isEqualTo("WITHDRAWN");
        JsonObject replacement = issue(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-10/PM");
        assertThat(replacement.getInt("sequence")).isEqualTo(2);
        // but its sessions are never covered again for this parent
        Api.Answer reused = officer().postJson("penalty-notices",
                notice(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-10/AM"));
        assertThat(reused.status()).as(reused.body()).isEqualTo(422);
        assertThat(first.getInt("sequence")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void badInputIs400NamingTheFieldAndABarePostIs400NotAServerFailure() {
        long mother = carer(CHILD, "Mara", "MOTHER", true, true);
        Api.Answer bad = officer().postJson("penalty-notices", """
                {"upn": "%s", "carerId": %d, "issuedOn": "5/10/2026", "issuedBy": "HEADTEACHER",
                 "sessions": ["2026-09-11"], "service": {"method": "FAX", "on": "2026-10-05"}}""".formatted(CHILD, mother));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.object().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("column"))
                .contains("issuedOn", "issuedBy", "sessions", "service.method");
        HttpResponse<String> bare = officer().send("POST", "penalty-notices", null, null);
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(400);
        HttpResponse<String> barePayment = officer().send("POST", "penalty-notices/1/payments", null, null);
        assertThat(barePayment.statusCode()).as(barePayment.body()).isIn(400, 404);
    }

    @Test
    @Order(5)
    void aPartPaymentSettlesNothingAndTheRestPaidWithin21DaysMakesItPaidIn21Days() {
        long mother = carer(CHILD, "Mara", "MOTHER", true, true);
        withdrawAllOf(CHILD);
        JsonObject n = issue(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-11/AM");
        String payments = "penalty-notices/" + n.getJsonNumber("id") + "/payments";
        Api.Answer part = officer().postJson(payments, "{\"amount\": 50, \"paidOn\": \"2026-10-05\"}");
        assertThat(part.status()).as(part.body()).isEqualTo(200);
        assertThat(part.object().getString("status")).isEqualTo("ISSUED");
        Api.Answer future = officer().postJson(payments, "{\"amount\": 30, \"paidOn\": \"2026-10-06\"}");
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.object().getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo("paidOn");
        Api.Answer rest = officer().postJson(payments, "{\"amount\": 30.00, \"paidOn\": \"2026-10-05\"}");
        assertThat(rest.object().getString("status")).isEqualTo("PAID_IN_21_DAYS");
        assertThat(rest.object().getString("settledOn")).isEqualTo("2026-10-05");
    }

    @Test
    @Order(6)
    void aSchoolLeadReadsOnlyTheirOwnPupilsNoticesAndRecordsNone() {
        long mother = carer(CHILD, "Mara", "MOTHER", true, true);
        long other = carer(ELSEWHERE, "Olla", "MOTHER", true, true);
        withdrawAllOf(ELSEWHERE);
        JsonObject elsewhere = issue(ELSEWHERE, other, "2026-10-05", "HAND", "2026-10-05", "2026-09-16/AM");
        Api lead = Api.as(base, "school-lead-9991001");
        assertThat(lead.get("pupils/" + CHILD + "/penalty-notices").json().asJsonArray()).isNotEmpty();
        long own = lead.get("pupils/" + CHILD + "/penalty-notices").json().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(lead.get("penalty-notices/" + own).status()).isEqualTo(200);
        assertThat(lead.get("penalty-notices/" + elsewhere.getJsonNumber("id")).status()).isEqualTo(404);
        assertThat(lead.get("pupils/" + ELSEWHERE + "/penalty-notices").status()).isEqualTo(404);
        assertThat(lead.get("penalty-notices/999999999").status()).isEqualTo(404);
        Api.Answer refused = lead.postJson("penalty-notices",
                notice(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-11/PM"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(Api.as(base, "traded-officer").get("penalty-notices/" + elsewhere.getJsonNumber("id")).status())
                .isEqualTo(200);
        assertThat(Api.as(base, "legal-officer").get("penalty-notices/" + own).status()).isEqualTo(403);
        assertThat(lead.get("penalty-notices/dfe-return?academicYear=2026").status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void attheEndOf28DaysAnUnsettledNoticeBecomesUnpaidByItselfAndTheOfficerIsAskedToProsecuteOrWithdrawOnce() {
        long father = carer(CHILD, "Fenn", "FATHER", true, false);
        withdrawAllOf(CHILD);
        JsonObject n = issue(CHILD, father, "2026-10-05", "HAND", "2026-10-05", "2026-09-15/AM");
        long id = n.getJsonNumber("id").longValue();
        clock("2026-11-01T20:00:00Z");
        assertThat(officer().get("penalty-notices/" + id).object().getString("status")).isEqualTo("ISSUED");
        clock("2026-11-02T08:00:00Z");
        assertThat(officer().get("penalty-notices/" + id).object().getString("status")).isEqualTo("UNPAID");
        assertThat(openTasksAbout(id)).hasSize(1);
        clock("2026-11-03T08:00:00Z");
        assertThat(openTasksAbout(id)).hasSize(1);
        assertThat(openTasksAbout(id).get(0).getString("title")).contains("prosecute or withdraw");
        // a payment after the 28 days settles nothing
        Api.Answer late = officer().postJson("penalty-notices/" + id + "/payments",
                "{\"amount\": 160, \"paidOn\": \"2026-11-02\"}");
        assertThat(late.object().getString("status")).isEqualTo("UNPAID");
        Api.Answer withdrawn = officer().postJson("penalty-notices/" + id + "/withdrawal",
                "{\"ground\": \"NOT_PROSECUTED\", \"reason\": \"Prosecution not in the public interest\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.object().getJsonObject("withdrawal").getJsonNumber("refundDue").intValue()).isEqualTo(160);
        assertThat(openTasksAbout(id)).isEmpty();
        Api.Answer notNow = officer().postJson("penalty-notices/" + id + "/withdrawal",
                "{\"ground\": \"MATERIAL_ERROR\", \"reason\": \"again\"}");
        assertThat(notNow.status()).isEqualTo(422);
        assertThat(notNow.object().getString("reason")).isEqualTo("NOT_WITHDRAWABLE");
        clock("2026-10-05T09:00:00Z");
    }

    private List<JsonObject> openTasksAbout(long noticeId) {
        return officer().get("tasks").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("subjectType").equals("penalty_notice")
                        && t.getJsonNumber("subjectId").longValue() == noticeId && t.isNull("doneAt")).toList();
    }

    @Test
    @Order(8)
    void theDfeReturnAddsUpAsJsonCsvAndExcel() throws Exception {
        long mother = carer(CHILD, "Mara", "MOTHER", true, true);
        withdrawAllOf(CHILD);
        issue(CHILD, mother, "2026-10-05", "HAND", "2026-10-05", "2026-09-16/AM");
        Api.Answer json = officer().get("penalty-notices/dfe-return?academicYear=2026");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        JsonObject r = json.object();
        assertThat(r.keySet()).containsExactlyInAnyOrder("academicYear", "issued", "issuedByReason", "paidWithin21Days",
                "paidIn22To28Days", "withdrawn", "withdrawnByGround", "prosecuted", "unresolved");
        assertThat(r.getInt("academicYear")).isEqualTo(2026);
        assertThat(r.getJsonObject("issuedByReason").keySet()).containsExactlyInAnyOrder("HOLIDAY", "LATENESS", "OTHER");
        long issued = r.getJsonNumber("issued").longValue();
        assertThat(issued).isGreaterThanOrEqualTo(5);
        assertThat(issued).isEqualTo(r.getJsonNumber("paidWithin21Days").longValue()
                + r.getJsonNumber("paidIn22To28Days").longValue() + r.getJsonNumber("withdrawn").longValue()
                + r.getJsonNumber("prosecuted").longValue() + r.getJsonNumber("unresolved").longValue());
        assertThat(r.getJsonNumber("paidWithin21Days").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(r.getJsonNumber("withdrawn").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(r.getJsonObject("withdrawnByGround").getInt("NOT_PROSECUTED")).isGreaterThanOrEqualTo(1);
        long byReason = r.getJsonObject("issuedByReason").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertThat(byReason).isEqualTo(issued);

        HttpResponse<String> csv = fetch("penalty-notices/dfe-return?academicYear=2026", "text/csv",
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("academicYear,issued,issuedByReason.HOLIDAY");
        assertThat(lines[1]).startsWith("2026," + issued + ",");

        HttpResponse<byte[]> xlsx = fetch("penalty-notices/dfe-return?academicYear=2026",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Set<String> measures = new TreeSet<>();
            long issuedInSheet = -1;
            for (Row row : sheet) {
                measures.add(row.getCell(0).getStringCellValue());
                if (row.getCell(0).getStringCellValue().equals("issued")) {
                    issuedInSheet = (long) row.getCell(1).getNumericCellValue();
                }
            }
            assertThat(measures).contains("paidWithin21Days", "unresolved", "withdrawnByGround.WRONG_PERSON");
            assertThat(issuedInSheet).isEqualTo(issued);
        }
        assertThat(officer().get("penalty-notices/dfe-return?academicYear=twenty").status()).isEqualTo(400);
    }

    @Test
    @Order(9)
    void aSchoolRequestsWithEvidenceTheCouncilDecidesAndSendsANoticeToImproveAndTheEligibleListShowsWhatIsInHand() {
        long mother = carer(CHILD, "Mara", "MOTHER", true, true);
        Api lead = Api.as(base, "school-lead-9991001");
        Api.Answer noLeave = lead.postJson("penalty-notice-requests", """
                {"upn": "%s", "sessions": ["2026-09-07/AM", "2026-09-07/PM"], "lettersSent": "Letter 1 on 2026-09-21",
                 "supportOffered": "Meeting offered on 2026-09-24"}""".formatted(CHILD));
        assertThat(noLeave.status()).as(noLeave.body()).isEqualTo(400);
        assertThat(noLeave.object().getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo("leaveRequest");
        Api.Answer missing = lead.postJson("penalty-notice-requests", "{\"upn\": \"" + CHILD + "\"}");
        assertThat(missing.object().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("column"))
                .contains("sessions", "lettersSent", "supportOffered");
        Api.Answer made = lead.postJson("penalty-notice-requests", """
                {"upn": "%s", "sessions": ["2026-09-07/AM", "2026-09-07/PM"], "lettersSent": "Letter 1 on 2026-09-21",
                 "leaveRequest": "Leave asked for on 2026-07-01, refused on 2026-07-03",
                 "supportOffered": "Meeting offered on 2026-09-24"}""".formatted(CHILD));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.object().getString("status")).isEqualTo("WAITING");
        // ten school days from Monday 5 October 2026
        assertThat(made.object().getString("decideBy")).isEqualTo("2026-10-19");
        long request = made.object().getJsonNumber("id").longValue();
        assertThat(lead.postJson("penalty-notice-requests", """
                {"upn": "%s", "sessions": ["2026-09-16/AM"], "lettersSent": "x", "supportOffered": "y"}"""
                .formatted(ELSEWHERE)).status()).isEqualTo(404);

        List<JsonObject> eligible = officer().get("penalty-notices/eligible?asOf=2026-10-05").json().asJsonArray()
                .stream().map(JsonValue::asJsonObject).toList();
        JsonObject ada = eligible.stream().filter(e -> e.getString("upn").equals(CHILD)).findFirst().orElseThrow();
        assertThat(ada.getInt("unauthorisedSessionsInWindow")).isEqualTo(15);
        assertThat(ada.getInt("requestsWaiting")).isGreaterThanOrEqualTo(1);
        assertThat(ada.getInt("noticesIssued")).isGreaterThanOrEqualTo(1);
        assertThat(lead.get("penalty-notices/eligible?asOf=2026-10-05").json().asJsonArray())
                .extracting(e -> e.asJsonObject().getString("laestab")).containsOnly("9991001");

        Api.Answer declinedWithoutReason = officer().postJson("penalty-notice-requests/" + request + "/decision",
                "{\"decision\": \"DECLINED\"}");
        assertThat(declinedWithoutReason.status()).isEqualTo(400);
        Api.Answer approved = officer().postJson("penalty-notice-requests/" + request + "/decision",
                "{\"decision\": \"APPROVED\", \"note\": \"A notice to improve first\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(lead.get("penalty-notice-requests").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == request).findFirst().orElseThrow()
                .getString("status")).isEqualTo("APPROVED");

        Api.Answer tooLong = officer().postJson("notices-to-improve", """
                {"upn": "%s", "carerId": %d, "issuedOn": "2026-10-05", "schoolWeeks": 7}""".formatted(CHILD, mother));
        assertThat(tooLong.status()).isEqualTo(400);
        Api.Answer nti = officer().postJson("notices-to-improve", """
                {"upn": "%s", "carerId": %d, "issuedOn": "2026-10-05", "schoolWeeks": 3, "requestId": %d}"""
                .formatted(CHILD, mother, request));
        assertThat(nti.status()).as(nti.body()).isEqualTo(201);
        // three school weeks: the weeks of 12 and 19 October, then (past the half term) the week of 2 November
        assertThat(nti.object().getString("periodEnds")).isEqualTo("2026-11-02");
        assertThat(nti.object().getBoolean("running")).isTrue();
        long ntiId = nti.object().getJsonNumber("id").longValue();
        assertThat(lead.get("notices-to-improve/" + ntiId).status()).isEqualTo(200);
        Api.Answer outcome = officer().postJson("notices-to-improve/" + ntiId + "/outcome",
                "{\"outcome\": \"NOT_IMPROVED\", \"note\": \"No change\"}");
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        assertThat(outcome.object().getString("outcome")).isEqualTo("NOT_IMPROVED");
        assertThat(officer().postJson("notices-to-improve/" + ntiId + "/outcome",
                "{\"outcome\": \"IMPROVED\"}").status()).isEqualTo(422);
    }

    @Test
    @Order(10)
    void theFinanceFileIsRecordedWholeOrNotAtAllMatchedByReferenceWithTheUnmatchedListed() {
        long father = carer(CHILD, "Fenn", "FATHER", true, false);
        withdrawAllOf(CHILD);
        JsonObject n = issue(CHILD, father, "2026-10-05", "HAND", "2026-10-05", "2026-09-16/AM");
        long id = n.getJsonNumber("id").longValue();
        JsonObject read = officer().get("penalty-notices/" + id).object();
        assertThat(read.getString("reference")).isEqualTo("PN-" + id);

        Api.Answer bad = officer().postCsv("penalty-notice-payments",
                "reference,amount,paid_on\nPN-" + id + ",80,2026-10-05\nPN-" + id + ",eighty,5/10/2026\n");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.object().getJsonArray("errors")).extracting(e -> e.asJsonObject().getInt("line") + " "
                + e.asJsonObject().getString("column")).containsExactly("3 amount", "3 paid_on");
        assertThat(officer().get("penalty-notices/" + id).object().getJsonArray("payments")).isEmpty();

        Api.Answer file = officer().postCsv("penalty-notice-payments",
                "reference,amount,paid_on\npn-" + id + ",50.00,2026-10-05\nPN-999999999,80,2026-10-05\nPN-" + id
                        + ",30,2026-10-05\n");
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        assertThat(file.object().getInt("rowsRead")).isEqualTo(3);
        assertThat(file.object().getInt("paymentsRecorded")).isEqualTo(2);
        assertThat(file.object().getInt("noticesSettled")).isEqualTo(1);
        assertThat(file.object().getJsonArray("unmatched")).extracting(u -> u.asJsonObject().getInt("line") + " "
                + u.asJsonObject().getString("reference")).containsExactly("3 PN-999999999");
        assertThat(officer().get("penalty-notices/" + id).object().getString("status")).isEqualTo("PAID_IN_21_DAYS");

        // a payment the register refuses (a withdrawn notice) refuses the whole file
        JsonObject other = issue(CHILD, father, "2026-10-05", "HAND", "2026-10-05", "2026-09-17/AM");
        long otherId = other.getJsonNumber("id").longValue();
        officer().postJson("penalty-notices/" + otherId + "/withdrawal", "{\"ground\": \"WRONG_PERSON\", \"reason\": \"x\"}");
        JsonObject third = issue(CHILD, father, "2026-10-05", "HAND", "2026-10-05", "2026-09-18/AM");
        long thirdId = third.getJsonNumber("id").longValue();
        Api.Answer refused = officer().postCsv("penalty-notice-payments",
                "reference,amount,paid_on\nPN-" + thirdId + ",80,2026-10-05\nPN-" + otherId + ",80,2026-10-05\n");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(3);
        assertThat(officer().get("penalty-notices/" + thirdId).object().getJsonArray("payments")).isEmpty();
        assertThat(Api.as(base, "school-lead-9991001").postCsv("penalty-notice-payments",
                "reference,amount,paid_on\n").status()).isEqualTo(403);

        // the register, searchable and exportable
        JsonValue register = officer().get("penalty-notices?q=Quillfeather&status=PAID_IN_21_DAYS").json();
        assertThat(register.asJsonArray()).extracting(r -> r.asJsonObject().getJsonNumber("id").longValue()).contains(id);
        assertThat(register.asJsonArray()).extracting(r -> r.asJsonObject().getString("status")).containsOnly("PAID_IN_21_DAYS");
        assertThat(Api.as(base, "school-lead-9991001").get("penalty-notices").json().asJsonArray())
                .extracting(r -> r.asJsonObject().getString("upn")).doesNotContain(ELSEWHERE);
    }

    @Test
    @Order(11)
    void theRegisterIsExportedAsCsv() throws Exception {
        HttpResponse<String> csv = fetch("penalty-notices?q=" + CHILD, "text/csv",
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("id,upn,laestab,carerId,carerName,sequence,status");
        assertThat(lines.length).isGreaterThan(3);
        assertThat(lines[1]).contains(CHILD);
    }

    @Test
    @Order(12)
    void lettersAreAboutANoticeAndAddressedToItsNamedParent() throws Exception {
        long mother = carer(CHILD, "Mara", "MOTHER", true, true);
        long father = carer(CHILD, "Fenn", "FATHER", true, false);
        withdrawAllOf(CHILD);
        JsonObject n = issue(CHILD, father, "2026-10-05", "HAND", "2026-10-05", "2026-09-11/PM");
        long id = n.getJsonNumber("id").longValue();
        HttpResponse<String> bare = officer().send("POST", "penalty-notices/" + id + "/letters", null, null);
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(201);
        JsonObject letter = Json.createReader(new java.io.StringReader(bare.body())).readObject();
        assertThat(letter.getString("templateCode")).isEqualTo("PENALTY_NOTICE");
        assertThat(letter.getString("subjectType")).isEqualTo("penalty_notice");
        assertThat(letter.getJsonNumber("carerId").longValue()).isEqualTo(father);
        assertThat(letter.isNull("caseId")).isTrue();
        long letterId = letter.getJsonNumber("id").longValue();
        HttpResponse<byte[]> pdf = fetch("penalty-notices/" + id + "/letters/" + letterId + "/pdf", "application/pdf",
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        // the father's paid notice of the finance file counts: this is his second, £160 with no reduced rate
        assertThat(n.getInt("sequence")).isEqualTo(2);
        assertThat(text).contains("Dear Fenn Quillfeather,", "PN-" + id, "Ada Quillfeather",
                "pay £160 by 1 November 2026.", "Friday 11 September 2026 afternoon",
                "online at pay.example.org");
        assertThat(text).doesNotContain("£80");
        // a notice's letter is legal's: the case letters' endpoint knows nothing of it
        assertThat(officer().get("letters/" + letterId).status()).isEqualTo(404);
        assertThat(officer().get("penalty-notices/" + id + "/letters").json().asJsonArray()).hasSize(1);
        assertThat(Api.as(base, "school-lead-9991001").get("penalty-notices/" + id + "/letters").status()).isEqualTo(403);
        Api.Answer sent = officer().postJson("penalty-notices/" + id + "/letters/" + letterId + "/sent",
                "{\"method\": \"HAND\", \"sentOn\": \"2026-10-05\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(officer().postJson("penalty-notices/" + id + "/letters",
                "{\"templateCode\": \"PENALTY_NOTICE_WITHDRAWAL\"}").status()).isEqualTo(400);
        officer().postJson("penalty-notices/" + id + "/withdrawal", "{\"ground\": \"WRONG_PERSON\", \"reason\": \"x\"}");
        assertThat(officer().postJson("penalty-notices/" + id + "/letters",
                "{\"templateCode\": \"PENALTY_NOTICE_WITHDRAWAL\"}").status()).isEqualTo(201);

        JsonObject request = Api.as(base, "school-lead-9991001").get("penalty-notice-requests").json().asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(r -> r.getString("upn").equals(CHILD)).findFirst().orElseThrow();
        Api.Answer warning = officer().postJson("penalty-notice-requests/" + request.getJsonNumber("id") + "/letters",
                "{\"carerId\": " + mother + "}");
        assertThat(warning.status()).as(warning.body()).isEqualTo(201);
        assertThat(warning.object().getString("templateCode")).isEqualTo("PENALTY_NOTICE_WARNING");
        assertThat(warning.object().getJsonNumber("carerId").longValue()).isEqualTo(mother);
        JsonObject nti = officer().get("notices-to-improve").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("upn").equals(CHILD)).findFirst().orElseThrow();
        HttpResponse<String> ntiLetter = officer().send("POST", "notices-to-improve/" + nti.getJsonNumber("id") + "/letters",
                null, null);
        assertThat(ntiLetter.statusCode()).as(ntiLetter.body()).isEqualTo(201);
    }

    private <T> HttpResponse<T> fetch(String path, String accept, HttpResponse.BodyHandler<T> body) throws Exception {
        URI address = URI.create(base.toString()).resolve("api/v1/" + path);
        HttpRequest request = HttpRequest.newBuilder(address).header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "statutory-officer:statutory-officer".getBytes(StandardCharsets.UTF_8))).GET().build();
        return HttpClient.newHttpClient().send(request, body);
    }
}

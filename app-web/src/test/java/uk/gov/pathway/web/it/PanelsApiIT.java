package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
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
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * The Panels contract of spec/API.md through the API, and issue 11's rules: referral requirements (422 with
 * missingEvidence, the manager's recorded override), meetings planned by the chair on school days, the agenda, a
 * meeting and its papers visible to its panel only (404 to everyone else), the papers PDF's sections read back with
 * PDFBox, a conflicted member without papers, the papers kept only for the set time after the decision, quorum,
 * educational neglect from the marks (the MARF task for the school lead, the actions in the case's plan), the MASH
 * disagreeing (back on the next CLAAG), meetings planned by the timer on school days across Easter, the
 * pre-proceedings panel (quorum, s447, s444(1A) and the interview under caution) and a Fair Access place due 20
 * school days after the decision. A panel member reads no pupil, case or chronology.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PanelsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClass(DeadlineFixture.class);
    }

    @ArquillianResource
    URL base;

    private DeadlineClient server;
    private Api manager;
    private Api chair;
    private Api member;
    private Api officer;

    /** A fictional UPN of LA 999 no other test uses (year digits 47). */
    private static String upn(int serial) {
        String last12 = "9991001" + "47" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    @BeforeEach
    void council() {
        TestCouncil.ensure(base);
        server = new DeadlineClient(base);
        server.clockAt("2026-02-03T10:00:00Z");
        manager = Api.as(base, "sas-manager");
        chair = Api.as(base, "claag-chair");
        member = Api.as(base, "claag-member");
        officer = Api.as(base, "statutory-officer");
    }

    @AfterEach
    void realTime() {
        server.realTime();
    }

    /** Pupils of 9991001; the first of them (Nell) is absent without reason three days a week since January. */
    private void pupils(int from, int to) {
        StringBuilder csv = new StringBuilder("upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n");
        for (int serial = from; serial <= to; serial++) {
            csv.append(upn(serial)).append(",9991001,").append(serial == from ? "Nell" : "Pip" + serial)
                    .append(",Panelford,2015-04-0").append(serial % 9 + 1).append(",5,X,2025-09-01\n");
        }
        assertThat(Api.as(base, "it-admin").importAndWait("pupils", csv.toString()).getString("status"))
                .isEqualTo("COMPLETED");
        StringBuilder marks = new StringBuilder("upn,laestab,date,session,code\n");
        for (LocalDate day = LocalDate.of(2026, 1, 5); day.isBefore(LocalDate.of(2026, 2, 3)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int serial = from; serial <= to; serial++) {
                boolean absent = serial == from && day.getDayOfWeek().getValue() <= 3;
                for (String session : List.of("AM", "PM")) {
                    marks.append(upn(serial)).append(",9991001,").append(day).append(',').append(session).append(',')
                            .append(absent ? "O" : "/").append('\n');
                }
            }
        }
        JsonObject job = Api.as(base, "it-admin").importAndWait("attendance", marks.toString());
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
    }

    private long openCase(String upn) {
        for (JsonValue c : manager.get("pupils/" + upn + "/cases").json().asJsonArray()) {
            if (c.asJsonObject().getString("status").equals("OPEN")) {
                manager.postJson("cases/" + c.asJsonObject().getJsonNumber("id").longValue() + "/close",
                        "{\"outcome\": \"OTHER\", \"note\": \"Test set-up\"}");
            }
        }
        Api.Answer opened = manager.postJson("cases", "{\"upn\": \"" + upn + "\", \"level\": \"L3\", \"reason\":"
                + " \"Attendance below 75% this term\", \"officer\": \"statutory-officer\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.object().getJsonNumber("id").longValue();
    }

    private long carer(String upn, String forename) {
        Api.Answer added = manager.postJson("pupils/" + upn + "/carers", """
                {"forename": "%s", "surname": "Panelford", "relationship": "MOTHER", "parentalResponsibility": true,
                 "livesWith": true, "address": "2 Test Row, Testtown", "postcode": "TE1 2ST"}""".formatted(forename));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.object().getJsonNumber("carerId").longValue();
    }

    private long meeting(Api as, String panel, String date) {
        Api.Answer planned = as.postJson("panels/" + panel + "/meetings",
                "{\"date\": \"" + date + "\", \"time\": \"10:00\", \"place\": \"Meeting room 2\"}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(planned.object().getString("panel")).isEqualTo(panel);
        assertThat(planned.object().getString("date")).isEqualTo(date);
        return planned.object().getJsonNumber("id").longValue();
    }

    private long referred(Api as, String panel, long caseId, String override) {
        Api.Answer referred = as.postJson("panels/" + panel + "/referrals", "{\"caseId\": " + caseId
                + ", \"reason\": \"No improvement after the plan\"" + (override == null ? ""
                : ", \"overrideReason\": \"" + override + "\"") + "}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        assertThat(referred.object().getString("status")).isEqualTo("REFERRED");
        return referred.object().getJsonNumber("id").longValue();
    }

    private void listed(Api as, long meetingId, long referralId) {
        Api.Answer listed = as.postJson("panel-meetings/" + meetingId + "/agenda", "{\"referralId\": " + referralId + "}");
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
    }

    private void present(Api as, long meetingId, String... people) {
        StringBuilder body = new StringBuilder("{\"people\": [");
        for (int i = 0; i < people.length; i++) {
            body.append(i == 0 ? "" : ", ").append("{\"username\": \"").append(people[i]).append("\", \"status\": \"PRESENT\"}");
        }
        Api.Answer recorded = as.putJson("panel-meetings/" + meetingId + "/attendance", body.append("]}").toString());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    }

    private void contact(long caseId, String kind) {
        boolean meeting = kind.endsWith("_MEETING");
        Api.Answer recorded = officer.postJson("cases/" + caseId + "/contacts", "{\"kind\": \"" + kind
                + "\", \"date\": \"2026-02-03\", \"summary\": \"" + kind + " recorded by the test\""
                + (meeting ? ", \"attendees\": \"Parent, attendance lead\", \"familyPresent\": true,"
                + " \"durationMinutes\": 40" : "") + "}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    }

    private static void refused(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.object().getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo(field);
    }

    @Test
    void claagFromReferralToNeglectDecisionAndBackFromTheMash() {
        pupils(1, 3);
        String nell = upn(1);
        long neglectCase = openCase(nell);
        long conflictCase = openCase(upn(2));
        long unlistedCase = openCase(upn(3));

        // the referral form's requirements: 422 with each missing item; only the manager's reason overrides
        Api.Answer incomplete = officer.postJson("panels/CLAAG/referrals", "{\"caseId\": " + neglectCase
                + ", \"reason\": \"No improvement\"}");
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(422);
        assertThat(incomplete.object().getJsonArray("missingEvidence").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).contains("Graded Care Profile completed: 1 needed, 0 recorded");
        assertThat(officer.postJson("panels/CLAAG/referrals", "{\"caseId\": " + neglectCase
                + ", \"reason\": \"No improvement\", \"overrideReason\": \"Urgent\"}").status()).isEqualTo(403);
        assertThat(member.postJson("panels/CLAAG/referrals", "{\"caseId\": " + neglectCase
                + ", \"reason\": \"x\"}").status()).isEqualTo(403);
        contact(neglectCase, "SCHOOL_MEETING");
        contact(neglectCase, "EARLY_HELP_OFFERED");
        Api.Answer assessed = officer.postJson("cases/" + neglectCase + "/assessments", """
                {"assessedOn": "2026-02-03", "reasons": "Neglect screening", "assessmentsNeeded":
                 [{"kind": "GRADED_CARE_PROFILE", "dueOn": "2026-02-20"}]}""");
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        long needed = officer.get("cases/" + neglectCase).object().getJsonArray("assessmentsNeeded").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(officer.postJson("cases/" + neglectCase + "/assessments-needed/" + needed + "/completed",
                "{\"completedOn\": \"2026-02-03\"}").status()).isEqualTo(204);
        long neglectReferral = referred(officer, "CLAAG", neglectCase, null);
        long conflictReferral = referred(manager, "CLAAG", conflictCase, "Urgent: the school has no other route");
        JsonObject overridden = manager.get("cases/" + conflictCase + "/panel-referrals").json().asJsonArray()
                .getJsonObject(0);
        assertThat(overridden.getString("overrideReason")).isEqualTo("Urgent: the school has no other route");
        assertThat(overridden.getString("missingEvidence")).contains("Graded Care Profile completed");

        // the chair plans a meeting on a school day (a Saturday refused by name); a member may not
        assertThat(member.postJson("panels/CLAAG/meetings", "{\"date\": \"2026-02-10\"}").status()).isEqualTo(403);
        assertThat(chair.postJson("panels/FAIR_ACCESS/meetings", "{\"date\": \"2026-02-10\"}").status()).isEqualTo(403);
        refused(chair.postJson("panels/CLAAG/meetings", "{\"date\": \"2026-02-07\"}"), 400, "date");
        long meetingId = meeting(chair, "CLAAG", "2026-02-10");

        // listing: the chair; not yet listed, no papers
        assertThat(member.get("panel-meetings/" + meetingId + "/papers/" + neglectCase).status()).isEqualTo(404);
        assertThat(member.postJson("panel-meetings/" + meetingId + "/agenda", "{\"referralId\": " + neglectReferral
                + "}").status()).isEqualTo(403);
        listed(chair, meetingId, neglectReferral);
        listed(chair, meetingId, conflictReferral);

        // the meeting: its panel's members, chair and the manager; 404 to everyone else
        JsonObject view = member.get("panel-meetings/" + meetingId).object();
        assertThat(view.getJsonArray("agenda").stream().map(JsonValue::asJsonObject)
                .map(a -> a.getJsonNumber("caseId").longValue() + "/" + a.getJsonNumber("referralId").longValue()))
                .containsExactly(neglectCase + "/" + neglectReferral, conflictCase + "/" + conflictReferral);
        assertThat(chair.get("panel-meetings/" + meetingId).status()).isEqualTo(200);
        assertThat(manager.get("panel-meetings/" + meetingId).status()).isEqualTo(200);
        for (String other : List.of("fap-member", "statutory-officer", "school-lead-9991001", "legal-officer",
                "it-admin", "preproceedings-member")) {
            assertThat(Api.as(base, other).get("panel-meetings/" + meetingId).status()).as(other).isEqualTo(404);
            assertThat(download(other, "panel-meetings/" + meetingId + "/papers/" + neglectCase).statusCode())
                    .as(other).isEqualTo(404);
        }

        // the papers: one PDF with the four sections; 404 for a case not on the agenda
        HttpResponse<byte[]> papers = download("claag-member", "panel-meetings/" + meetingId + "/papers/" + neglectCase);
        assertThat(papers.statusCode()).isEqualTo(200);
        assertThat(papers.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = text(papers.body());
        assertThat(text).contains("1. Case summary", "Nell Panelford", nell, "Level: L3",
                "2. Attendance and trend", "Trend by month:", "Jan 2026", "3. Chronology", "CASE_OPENED",
                "PANEL_REFERRAL", "4. Referral and evidence", "No improvement after the plan",
                "Graded Care Profile completed: 1");
        assertThat(text.indexOf("1. Case summary")).isLessThan(text.indexOf("2. Attendance"));
        assertThat(text.indexOf("3. Chronology")).isLessThan(text.indexOf("4. Referral"));
        assertThat(download("claag-member", "panel-meetings/" + meetingId + "/papers/" + unlistedCase).statusCode())
                .isEqualTo(404);

        // a panel member reads nothing else of any child or case
        for (String path : List.of("pupils/" + nell, "pupils/" + nell + "/attendance", "pupils/" + nell
                + "/chronology", "pupils/" + nell + "/cases", "cases/" + neglectCase, "cases",
                "cases/" + neglectCase + "/panel-referrals", "schools/9991001/pupils")) {
            assertThat(member.get(path).status()).as(path).isIn(403, 404);
            assertThat(chair.get(path).status()).as(path).isIn(403, 404);
        }

        // a declared conflict of interest: no papers of that case for that member
        assertThat(download("claag-member", "panel-meetings/" + meetingId + "/papers/" + conflictCase).statusCode())
                .isEqualTo(200);
        Api.Answer conflict = member.postJson("panel-meetings/" + meetingId + "/conflicts", "{\"caseId\": "
                + conflictCase + ", \"reason\": \"The child is my neighbour's\"}");
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(200);
        assertThat(download("claag-member", "panel-meetings/" + meetingId + "/papers/" + conflictCase).statusCode())
                .isEqualTo(404);
        assertThat(download("claag-chair", "panel-meetings/" + meetingId + "/papers/" + conflictCase).statusCode())
                .isEqualTo(200);

        // the meeting's day: quorum enforced (the chair and one more member present)
        server.clockAt("2026-02-10T09:00:00Z");
        String neglect = """
                {"caseId": %d, "outcome": "EDUCATIONAL_NEGLECT", "reasons": "All avenues tried; no engagement",
                 "factors": {"NO_REASONS_FOR_ABSENCE": "No reason given for 24 absences",
                             "SUPPORT_NOT_TAKEN_UP": "Early Help offered and declined"},
                 "allAgenciesTried": true,
                 "actions": [{"description": "Refer through the MARF", "owner": "Attendance lead", "dueOn": "2026-02-17"}]}
                """.formatted(neglectCase);
        refused(chair.postJson("panel-meetings/" + meetingId + "/decisions", neglect), 422, "attendance");
        Api.Answer apologies = chair.putJson("panel-meetings/" + meetingId + "/attendance", """
                {"people": [{"username": "claag-chair", "status": "PRESENT"},
                            {"username": "claag-member", "status": "APOLOGIES"}]}""");
        assertThat(apologies.status()).as(apologies.body()).isEqualTo(200);
        refused(chair.postJson("panel-meetings/" + meetingId + "/decisions", neglect), 422, "attendance");
        present(chair, meetingId, "claag-chair", "claag-member");
        assertThat(member.postJson("panel-meetings/" + meetingId + "/decisions", neglect).status()).isEqualTo(403);

        // neglect needs attendance at or below 75% from the marks: Pip attends every day
        refused(chair.postJson("panel-meetings/" + meetingId + "/decisions", neglect.replace(
                String.valueOf(neglectCase), String.valueOf(conflictCase))), 422, "attendance");
        Api.Answer decided = chair.postJson("panel-meetings/" + meetingId + "/decisions", neglect);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        JsonObject decision = decided.object();
        // 16 of 42 possible sessions since 5 January (absent Mondays to Wednesdays)
        assertThat(decision.getJsonNumber("attendancePercent").doubleValue()).isEqualTo(38.1);
        long decisionId = decision.getJsonNumber("id").longValue();

        // the MARF task for the school's attendance lead; the action in the case's plan
        assertThat(Api.as(base, "school-lead-9991001").get("tasks").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("kind").equals("MARF_REFERRAL")
                        && t.getJsonNumber("subjectId").longValue() == neglectCase)).hasSize(1);
        assertThat(manager.get("cases/" + neglectCase).object().getJsonArray("plans").stream()
                .flatMap(p -> p.asJsonObject().getJsonArray("actions").stream())
                .map(a -> a.asJsonObject().getString("description"))).contains("Refer through the MARF");

        // the MASH disagrees: the case comes back on the next CLAAG
        server.clockAt("2026-02-17T09:00:00Z");
        long next = meeting(chair, "CLAAG", "2026-02-24");
        Api.Answer mash = chair.postJson("panel-decisions/" + decisionId + "/mash-outcome",
                "{\"outcome\": \"DISAGREES\", \"receivedOn\": \"2026-02-17\", \"notes\": \"Below threshold for MASH\"}");
        assertThat(mash.status()).as(mash.body()).isEqualTo(200);
        assertThat(mash.object().getString("mashOutcome")).isEqualTo("DISAGREES");
        JsonObject nextMeeting = chair.get("panel-meetings/" + nextMeetingOf(chair, "2026-02-24", next)).object();
        assertThat(nextMeeting.getJsonArray("agenda").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("caseId").longValue() == neglectCase)
                .map(a -> a.getBoolean("returning"))).containsExactly(true);

        // the timer plans CLAAG every two weeks on school days: 7 April 2026 is in the Easter holiday -> 13 April
        server.clockAt("2026-03-20T09:00:00Z");
        List<String> planned = chair.get("panel-meetings").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("panel").equals("CLAAG")).map(m -> m.getString("date")).toList();
        assertThat(planned).contains("2026-03-24", "2026-04-13", "2026-04-21").doesNotContain("2026-04-07");

        // the papers are kept ten school days after the decision (to 3 March), then no longer
        assertThat(download("claag-member", "panel-meetings/" + meetingId + "/papers/" + neglectCase).statusCode())
                .isEqualTo(404);
    }

    /** The earliest CLAAG meeting on that day (the timer's, or the one the chair planned). */
    private static long nextMeetingOf(Api chair, String date, long planned) {
        return chair.get("panel-meetings").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("panel").equals("CLAAG") && m.getString("date").equals(date))
                .map(m -> m.getJsonNumber("id").longValue()).min(Long::compare).orElse(planned);
    }

    @Test
    void preProceedingsNeedsItsQuorumTheS447ConsiderationAndThatParentsInterviewForS4441A() {
        pupils(10, 10);
        String upn = upn(10);
        long caseId = openCase(upn);
        long mother = carer(upn, "Mara");
        contact(caseId, "PARENTING_CONTRACT");
        long referral = referred(officer, "PRE_PROCEEDINGS", caseId, null);
        long meetingId = meeting(manager, "PRE_PROCEEDINGS", "2026-02-05");
        listed(manager, meetingId, referral);
        Api solicitor = Api.as(base, "preproceedings-member");
        assertThat(solicitor.get("panel-meetings/" + meetingId).status()).isEqualTo(200);
        assertThat(download("preproceedings-member", "panel-meetings/" + meetingId + "/papers/" + caseId).statusCode())
                .isEqualTo(200);
        assertThat(member.get("panel-meetings/" + meetingId).status()).isEqualTo(404);

        String prosecute = """
                {"caseId": %d, "outcome": "PROSECUTE_444_1A", "reasons": "No improvement after contract and notice",
                 %s "evidentialTestMet": true, "evidentialReasons": "Certified register and letters",
                 "publicInterestMet": true, "publicInterestReasons": "No reason not to proceed from school or agencies",
                 "carerId": %d}""";
        String withEso = "\"esoConsidered\": true, \"esoConsideration\": \"Considered; the family refused every"
                + " direction of supervision\",";
        // the service manager and one Legal Services representative: no quorum
        present(manager, meetingId, "sas-manager", "preproceedings-member");
        refused(manager.postJson("panel-meetings/" + meetingId + "/decisions",
                prosecute.formatted(caseId, withEso, mother)), 422, "attendance");
        present(manager, meetingId, "sas-manager", "preproceedings-member", "preproceedings-solicitor");
        // no s447 consideration of an ESO: refused
        refused(manager.postJson("panel-meetings/" + meetingId + "/decisions",
                prosecute.formatted(caseId, "", mother)), 422, "esoConsideration");
        // s444(1A) without that parent's interview under caution: refused
        refused(manager.postJson("panel-meetings/" + meetingId + "/decisions",
                prosecute.formatted(caseId, withEso, mother)), 422, "carerId");
        Api.Answer interview = officer.postJson("cases/" + caseId + "/interviews-under-caution", """
                {"carerId": %d, "interviewedOn": "2026-02-03", "place": "Council offices, interview room 1",
                 "present": "Statutory officer, a second officer, the parent",
                 "caution": "You do not have to say anything (PACE Code C, 10.5)",
                 "account": "Says the child refuses to go", "recordingReference": "IUC-2026-017"}"""
                .formatted(mother));
        assertThat(interview.status()).as(interview.body()).isEqualTo(201);
        assertThat(Api.as(base, "school-lead-9991001").postJson("cases/" + caseId + "/interviews-under-caution",
                "{}").status()).isIn(403, 404);
        // with the period charged named, the decision opens the legal module's prosecution file for that parent
        Api.Answer decided = manager.postJson("panel-meetings/" + meetingId + "/decisions",
                prosecute.formatted(caseId, withEso, mother).replace("\"carerId\"",
                        "\"chargedFrom\": \"2026-01-05\", \"chargedTo\": \"2026-01-30\", \"carerId\""));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(officer.get("cases/" + caseId + "/prosecution-files").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("section").equals("444(1A)")
                        && f.getString("status").equals("OPEN"))).hasSize(1);
        assertThat(decided.object().getString("evidentialReasons")).isEqualTo("Certified register and letters");
        assertThat(decided.object().getString("publicInterestReasons")).startsWith("No reason not to proceed");
        assertThat(decided.object().getBoolean("esoConsidered")).isTrue();
        assertThat(officer.get("tasks").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("PROSECUTION_FILE")
                        && t.getJsonNumber("subjectId").longValue() == caseId)).isEmpty();
    }

    @Test
    void aFairAccessPlaceIsDueTwentySchoolDaysAfterTheDecision() {
        pupils(20, 20);
        long caseId = openCase(upn(20));
        long referral = referred(manager, "FAIR_ACCESS", caseId, null);
        long meetingId = meeting(manager, "FAIR_ACCESS", "2026-02-05");
        listed(manager, meetingId, referral);
        Api fap = Api.as(base, "fap-member");
        assertThat(fap.get("panel-meetings/" + meetingId).status()).isEqualTo(200);
        assertThat(member.get("panel-meetings/" + meetingId).status()).isEqualTo(404);
        present(manager, meetingId, "sas-manager", "fap-member");
        refused(manager.postJson("panel-meetings/" + meetingId + "/decisions", "{\"caseId\": " + caseId
                + ", \"outcome\": \"PLACE_ALLOCATED\", \"reasons\": \"In-year, unplaced for 4 weeks\"}"), 422, "school");
        refused(manager.postJson("panel-meetings/" + meetingId + "/decisions", "{\"caseId\": " + caseId
                + ", \"outcome\": \"EDUCATIONAL_NEGLECT\", \"reasons\": \"x\"}"), 400, "outcome");
        Api.Answer decided = manager.postJson("panel-meetings/" + meetingId + "/decisions", "{\"caseId\": " + caseId
                + ", \"outcome\": \"PLACE_ALLOCATED\", \"reasons\": \"In-year, unplaced for 4 weeks\","
                + " \"school\": \"9991002\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        // decided on Tuesday 3 February 2026: 20 school days on, the February half term not counted
        assertThat(decided.object().getString("placeDueBy")).isEqualTo("2026-03-10");
        assertThat(server.deadlineOfKind("sas-manager", caseId, "FAIR_ACCESS_PLACE").getString("dueDate"))
                .isEqualTo("2026-03-10");
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

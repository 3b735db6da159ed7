package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * Cases through each preset pathway model's gates (spec/API.md, Cases): a step up without the evidence the level
 * requires is refused with 422 and the list of what is missing; once the evidence is recorded it is allowed; a manager
 * may override with a recorded reason. And who sees what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClass(DeadlineFixture.class);
    }

    @ArquillianResource
    URL base;

    /** The server's today for this test: a Tuesday in the spring term of the test calendar, never the real date. */
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 3);

    private Api manager;
    private Api traded;
    private DeadlineClient server;
    private final String today = TODAY.toString();

    private static String upnAt(int serial) {
        String last12 = "9991001" + "28" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    @BeforeEach
    void council() {
        TestCouncil.ensure(base);
        server = new DeadlineClient(base);
        server.clockAt(TODAY + "T10:00:00Z");
        manager = Api.as(base, "sas-manager");
        traded = Api.as(base, "traded-officer");
        StringBuilder csv = new StringBuilder("upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n");
        for (int serial = 1; serial <= 6; serial++) {
            csv.append(upnAt(serial)).append(",9991001,Casey").append(serial).append(",Marlowe,2016-03-0")
                    .append(serial).append(",4,X,2025-09-01\n");
        }
        assertThat(Api.as(base, "it-admin").importAndWait("pupils", csv.toString()).getString("status"))
                .isEqualTo("COMPLETED");
    }

    @AfterEach
    void realTime() {
        server.realTime();
    }

    private long open(Api as, String upn, String level, String model) {
        Api.Answer opened = as.postJson("cases", "{\"upn\": \"" + upn + "\", \"level\": \"" + level
                + "\", \"reason\": \"Attendance below 90% this half term\"" + (model == null ? "" : ", \"model\": \""
                + model + "\"") + "}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.object().getString("level")).isEqualTo(level);
        assertThat(opened.object().getString("status")).isEqualTo("OPEN");
        return opened.object().getJsonNumber("id").longValue();
    }

    private List<String> refusedStepUp(Api as, long caseId) {
        Api.Answer refused = as.postJson("cases/" + caseId + "/step-up", "{}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        return refused.object().getJsonArray("missingEvidence").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private void stepsUpTo(Api as, long caseId, String level) {
        Api.Answer moved = as.postJson("cases/" + caseId + "/step-up", "{}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.object().getString("level")).isEqualTo(level);
    }

    private void contact(Api as, long caseId, String kind) {
        boolean meeting = List.of("SCHOOL_MEETING", "TAF_MEETING", "AIM_MEETING", "INTER_AGENCY_MEETING").contains(kind);
        Api.Answer recorded = as.postJson("cases/" + caseId + "/contacts", "{\"kind\": \"" + kind + "\", \"date\": \""
                + today + "\", \"summary\": \"" + kind + " recorded by the test\""
                + (meeting ? ", \"attendees\": \"Parent, attendance lead, officer\", \"familyPresent\": true,"
                + " \"durationMinutes\": 45" : "") + "}");
        assertThat(recorded.status()).as(kind + ": " + recorded.body()).isEqualTo(201);
    }

    private void plan(Api as, long caseId) {
        Api.Answer planned = as.postJson("cases/" + caseId + "/plans", """
                {"targetAttendancePercent": 95.0, "targets": "Attend every day for three weeks",
                 "sharedWithFamily": true, "sharedWithChild": true,
                 "actions": [{"description": "Morning phone call on Mondays", "ownerKind": "PERSON",
                              "ownerName": "Attendance lead", "dueOn": "%s", "expectedOutcome": "On time on Mondays"}]}
                """.formatted(TODAY.plusWeeks(3)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    }

    private void review(Api as, long caseId) {
        Api.Answer reviewed = as.postJson("cases/" + caseId + "/reviews", "{\"reviewedOn\": \"" + today
                + "\", \"familyFeltSupported\": true, \"childVoice\": \"Likes the breakfast club\","
                + " \"considerLegal\": false, \"outcome\": \"CONTINUE\"}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
    }

    private void completedAssessment(Api as, long caseId, String kind) {
        Api.Answer assessed = as.postJson("cases/" + caseId + "/assessments", """
                {"assessedOn": "%s", "reasons": "Anxiety about a new class", "childVoice": "Wants a quiet start",
                 "assessmentsNeeded": [{"kind": "%s", "dueOn": "%s"}]}
                """.formatted(today, kind, TODAY.plusWeeks(4)));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        JsonObject detail = as.get("cases/" + caseId).object();
        long neededId = detail.getJsonArray("assessmentsNeeded").stream().map(v -> v.asJsonObject())
                .filter(n -> n.getString("kind").equals(kind) && n.isNull("completedOn")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(as.postJson("cases/" + caseId + "/assessments-needed/" + neededId + "/completed",
                "{\"completedOn\": \"" + today + "\"}").status()).isEqualTo(204);
    }

    @Test
    void knowsleyLevelOneNeedsTheFullRangeOfSchoolActionBeforeLevelTwoAndTheManagerMayOverrideWithAReason() {
        String upn = upnAt(1);
        long caseId = open(traded, upn, "L1", null);
        // counted on the school calendar from the server's today: six school weeks, the February half term not counted
        assertThat(server.deadlineOfKind("traded-officer", caseId, "L1_EARLY_HELP_CHECK").getString("dueDate"))
                .isEqualTo("2026-03-24");

        Api.Answer list = traded.get("pupils/" + upn + "/cases");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().asJsonArray()).extracting(v -> v.asJsonObject().getJsonNumber("id").longValue() + " "
                + v.asJsonObject().getString("level") + " " + v.asJsonObject().getString("status"))
                .containsExactly(caseId + " L1 OPEN");

        List<String> missing = refusedStepUp(traded, caseId);
        assertThat(missing).hasSize(7);
        assertThat(String.join("\n", missing)).contains("Phone calls to parents: 1 needed, 0 recorded")
                .contains("Home visits").contains("An Early Help Assessment completed");

        for (String kind : List.of("PHONE_CALL", "LETTER_TO_PARENT", "SCHOOL_MEETING", "HOME_VISIT", "EARLY_HELP_OFFERED")) {
            contact(traded, caseId, kind);
        }
        plan(traded, caseId);
        assertThat(refusedStepUp(traded, caseId)).singleElement().asString().contains("Early Help Assessment");
        completedAssessment(traded, caseId, "EARLY_HELP_ASSESSMENT");
        stepsUpTo(traded, caseId, "L2");

        // Level 2: the AIM minutes and the reviewed action plan come first; the plan made at Level 1 counts.
        assertThat(refusedStepUp(traded, caseId)).hasSize(2).anyMatch(m -> m.contains("Attendance Improvement Meeting"))
                .anyMatch(m -> m.contains("AIM actions reviewed"));
        // An AIM lasts at most an hour.
        Api.Answer tooLong = traded.postJson("cases/" + caseId + "/contacts", "{\"kind\": \"AIM_MEETING\", \"date\": \""
                + today + "\", \"summary\": \"AIM\", \"attendees\": \"Parent, officer\", \"familyPresent\": true,"
                + " \"durationMinutes\": 90}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.object().getString("detail")).contains("at most 60 minutes");

        // Only the manager overrides, and must say why.
        assertThat(traded.postJson("cases/" + caseId + "/step-up", "{\"overrideReason\": \"Urgent\"}").status())
                .isEqualTo(403);
        Api.Answer overridden = manager.postJson("cases/" + caseId + "/step-up",
                "{\"overrideReason\": \"Risk has increased: a sibling is now out of school too\"}");
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        assertThat(overridden.object().getString("level")).isEqualTo("L3");
        JsonObject history = manager.get("cases/" + caseId).object().getJsonArray("history").getJsonObject(2);
        assertThat(history.getString("overrideReason")).contains("Risk has increased");
        assertThat(history.getString("missingEvidence")).contains("Attendance Improvement Meeting");

        // Level 3 is the statutory officer's and early help's: the traded officer who holds it reads but cannot work it.
        assertThat(traded.get("cases/" + caseId).status()).isEqualTo(200);
        assertThat(traded.postJson("cases/" + caseId + "/contacts", "{\"kind\": \"PHONE_CALL\", \"date\": \"" + today
                + "\", \"summary\": \"Call\"}").status()).isEqualTo(403);
        Api statutory = Api.as(base, "statutory-officer");
        assertThat(refusedStepUp(statutory, caseId)).hasSize(4);
        for (String kind : List.of("PENALTY_WARNING_LETTER", "REFERRAL_TO_SERVICE")) {
            contact(statutory, caseId, kind);
        }
        completedAssessment(statutory, caseId, "GRADED_CARE_PROFILE");
        completedAssessment(statutory, caseId, "PARENTING_ASSESSMENT");
        stepsUpTo(statutory, caseId, "L4");
        Api.Answer top = statutory.postJson("cases/" + caseId + "/step-up", "{}");
        assertThat(top.status()).isEqualTo(400);
        assertThat(top.object().getString("detail")).contains("highest level");
    }

    @Test
    void southwarkStagesOneAndTwoMustBeCompletedBeforeAStageThreeReferral() {
        long caseId = open(traded, upnAt(2), "S1", "SOUTHWARK");
        assertThat(refusedStepUp(traded, caseId)).hasSize(3);
        for (String kind : List.of("LETTER_TO_PARENT", "SCHOOL_MEETING", "EARLY_HELP_OFFERED")) {
            contact(traded, caseId, kind);
        }
        stepsUpTo(traded, caseId, "S2");
        assertThat(refusedStepUp(traded, caseId)).hasSize(4);
        plan(traded, caseId);
        review(traded, caseId);
        contact(traded, caseId, "PENALTY_WARNING_LETTER");
        assertThat(refusedStepUp(traded, caseId)).singleElement().asString().startsWith("Home visit");
        contact(traded, caseId, "HOME_VISIT");
        stepsUpTo(traded, caseId, "S3");
    }

    @Test
    void norfolkStagesStepUpOneGateAtATimeToAcuteSevereAbsence() {
        long caseId = open(manager, upnAt(3), "UNIVERSAL", "NORFOLK");
        assertThat(refusedStepUp(manager, caseId)).hasSize(1);
        contact(manager, caseId, "LETTER_TO_PARENT");
        stepsUpTo(manager, caseId, "EMERGING");
        assertThat(refusedStepUp(manager, caseId)).hasSize(2);
        contact(manager, caseId, "PHONE_CALL");
        contact(manager, caseId, "SCHOOL_MEETING");
        stepsUpTo(manager, caseId, "EARLY");
        assertThat(refusedStepUp(manager, caseId)).hasSize(3);
        plan(manager, caseId);
        review(manager, caseId);
        contact(manager, caseId, "EARLY_HELP_OFFERED");
        stepsUpTo(manager, caseId, "TARGETED");
        assertThat(refusedStepUp(manager, caseId)).hasSize(3);
        for (String kind : List.of("INTER_AGENCY_MEETING", "HOME_VISIT", "PENALTY_WARNING_LETTER")) {
            contact(manager, caseId, kind);
        }
        stepsUpTo(manager, caseId, "ACUTE");
    }

    @Test
    void theCaseListComesInPagesWithTheTotalAndOnlyTheCasesTheCallerReads() {
        assertThat(Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                        + upnAt(8) + ",9991001,Casey8,Marlowe,2016-03-08,4,X,2025-09-01\n"
                        + upnAt(9) + ",9991001,Casey9,Marlowe,2016-03-09,4,X,2025-09-01\n").getString("status"))
                .isEqualTo("COMPLETED");
        long level2 = open(manager, upnAt(8), "L2", null);
        long level3 = open(manager, upnAt(9), "L3", null);
        Api.Answer first = manager.get("cases?page=1&size=1");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long total = first.object().getJsonNumber("total").longValue();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.object().getInt("page")).isEqualTo(1);
        assertThat(first.object().getInt("size")).isEqualTo(1);
        assertThat(first.object().getJsonArray("cases")).hasSize(1);
        Api.Answer last = manager.get("cases?page=" + total + "&size=1");
        assertThat(last.object().getJsonArray("cases")).singleElement()
                .satisfies(c -> assertThat(c.asJsonObject().getJsonNumber("id").longValue()).isEqualTo(level3));
        assertThat(manager.get("cases?page=" + (total + 1) + "&size=1").object().getJsonArray("cases")).isEmpty();
        // A statutory officer's pages hold the statutory-level case and not the Level 2 one allocated to no one.
        Api statutory = Api.as(base, "statutory-officer");
        String theirs = statutory.get("cases?size=" + Math.min(500, total)).body();
        assertThat(theirs).contains("\"id\":" + level3 + ",").doesNotContain("\"id\":" + level2 + ",");
        // Bad paging is a 400 naming the parameter.
        for (String bad : List.of("size=0", "size=501", "size=ten", "page=0")) {
            Api.Answer refused = manager.get("cases?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getString("column"))
                    .isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void eachRoleSeesOnlyTheCasesItShould() {
        String upn = upnAt(4);
        long caseId = open(traded, upn, "L2", null);
        // The school lead sees the status of their pupil's case, not the workspace.
        Api lead = Api.as(base, "school-lead-9991001");
        assertThat(lead.get("pupils/" + upn + "/cases").json().asJsonArray()).hasSize(1);
        assertThat(lead.get("cases/" + caseId).status()).isEqualTo(404);
        // A statutory officer does not read a Level 2 case allocated to someone else; the manager does.
        Api statutory = Api.as(base, "statutory-officer");
        assertThat(statutory.get("cases/" + caseId).status()).isEqualTo(404);
        assertThat(statutory.get("pupils/" + upn + "/cases").json().asJsonArray()).isEmpty();
        assertThat(manager.get("cases/" + caseId).status()).isEqualTo(200);
        // Panel members and legal officers have no casework here; an administrator neither.
        assertThat(Api.as(base, "legal-officer").get("pupils/" + upn + "/cases").status()).isEqualTo(403);
        assertThat(Api.as(base, "it-admin").get("cases/" + caseId).status()).isEqualTo(403);
        // A level that is not the model's is a clear 400; a child with an open case cannot get a second one.
        Api.Answer badLevel = traded.postJson("cases", "{\"upn\": \"" + upnAt(5) + "\", \"level\": \"L9\", \"reason\": \"x\"}");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.object().getString("detail")).contains("L9").contains("L1");
        Api.Answer second = traded.postJson("cases", "{\"upn\": \"" + upn + "\", \"level\": \"L1\", \"reason\": \"x\"}");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.object().getString("detail")).contains("already has an open case");
    }

    @Test
    void aSchoolLeadSeesOnlyTheirOwnPupilInAFamilyCaseWithASiblingAtAnotherSchool() {
        String own = upnAt(7);
        String last12 = "9991002" + "28" + "007";
        String elsewhere = UniquePupilNumber.checkLetterFor(last12) + last12;
        assertThat(Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                        + own + ",9991001,Casey7,Marlowe,2016-03-07,4,X,2025-09-01\n"
                        + elsewhere + ",9991002,Wren,Marlowe,2012-06-07,8,F,2025-09-01\n").getString("status"))
                .isEqualTo("COMPLETED");
        Api.Answer opened = traded.postJson("cases", "{\"upns\": [\"" + own + "\", \"" + elsewhere + "\"],"
                + " \"level\": \"L1\", \"reason\": \"Both children late most mornings\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long caseId = opened.object().getJsonNumber("id").longValue();
        assertThat(traded.get("cases/" + caseId).object().getJsonObject("summary").getJsonArray("children"))
                .hasSize(2);

        Api lead = Api.as(base, "school-lead-9991001");
        Api.Answer summaries = lead.get("pupils/" + own + "/cases");
        assertThat(summaries.status()).isEqualTo(200);
        assertThat(summaries.json().asJsonArray()).singleElement().satisfies(c -> assertThat(c.asJsonObject()
                .getJsonArray("children")).extracting(child -> child.asJsonObject().getString("upn"))
                .containsExactly(own));
        assertThat(summaries.body()).doesNotContain(elsewhere, "Wren", "Hillcrest");
        Api.Answer workspace = lead.get("cases/" + caseId);
        if (workspace.status() == 200) {
            assertThat(workspace.object().getJsonObject("summary").getJsonArray("children"))
                    .extracting(child -> child.asJsonObject().getString("upn")).containsExactly(own);
            assertThat(workspace.body()).doesNotContain(elsewhere, "Wren");
        } else {
            assertThat(workspace.status()).isEqualTo(404);
        }
        assertThat(lead.get("cases").body()).doesNotContain(elsewhere, "Wren");
        assertThat(lead.get("pupils/" + elsewhere + "/cases").status()).isEqualTo(404);
    }
}

package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * A child moving school in year: a school lead never gains sight of a child by naming their UPN in a pupils file; the
 * row becomes a transfer the service manager confirms or refuses, and each school writes marks only for the days the
 * child is on its roll.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PupilTransfersApiIT {

    private static final String PUPILS_HEADER = "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n";
    private static final String MARKS_HEADER = "upn,laestab,date,session,code\n";

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

    @AfterEach
    void realTime() {
        HttpResponse<String> reset = Api.as(base, "it-admin").send("DELETE", "clock", null, null);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    }

    private void clockAt(String instant) {
        Api.Answer moved = Api.as(base, "it-admin").putJson("clock", "{\"now\": \"" + instant + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    /** Registers the child at Hillcrest Academy (9991002) from 1 September 2025, as the council would. */
    private void onRollAtHillcrest(String upn, String forename) {
        JsonObject job = Api.as(base, "it-admin").importAndWait("pupils", PUPILS_HEADER + upn + ",9991002," + forename
                + ",Ashdown,2013-05-14,7,F,2025-09-01\n");
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
    }

    private static String marks(String upn, String laestab, LocalDate from, LocalDate to) {
        StringBuilder csv = new StringBuilder(MARKS_HEADER);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !(day.isAfter(LocalDate.of(2025, 10, 24)) && day.isBefore(LocalDate.of(2025, 11, 3)))) {
                csv.append(upn).append(',').append(laestab).append(',').append(day).append(",AM,/\n");
                csv.append(upn).append(',').append(laestab).append(',').append(day).append(",PM,\\\n");
            }
        }
        return csv.toString();
    }

    private static JsonObject transferOf(Api manager, String upn) {
        Api.Answer pending = manager.get("transfers");
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        return pending.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("upn").equals(upn)).findFirst().orElseThrow(() -> new AssertionError(
                        "No pending transfer of " + upn + " in " + pending.body()));
    }

    @Test
    void aSchoolLeadNamingAChildOnRollElsewhereSeesNothingUntilTheManagerConfirmsTheMoveFromItsStartDate() {
        String upn = TestCouncil.upn(801);
        String unknown = TestCouncil.upn(899);
        clockAt("2025-11-05T09:00:00Z");
        onRollAtHillcrest(upn, "Marnie");
        Api admin = Api.as(base, "it-admin");
        JsonObject hillcrestMarks = admin.importAndWait("attendance",
                marks(upn, "9991002", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 11, 4)));
        assertThat(hillcrestMarks.getString("status")).as(hillcrestMarks.toString()).isEqualTo("COMPLETED");
        int hillcrestSessions = hillcrestMarks.getInt("rowsImported");

        // Riverside's lead names the child in their pupils file: the job completes and says only that a transfer waits.
        Api lead = Api.as(base, "school-lead-9991001");
        JsonObject request = lead.importAndWait("pupils", PUPILS_HEADER + upn + ",9991001,Marnie,Ashdown,2013-05-14,7,F,2025-11-10\n");
        assertThat(request.getString("status")).as(request.toString()).isEqualTo("COMPLETED");
        for (String path : new String[]{"", "/attendance", "/family", "/chronology", "/cases", "/attendance/patterns"}) {
            assertThat(lead.get("pupils/" + upn + path).status()).as("GET pupils/{upn}" + path).isEqualTo(404);
        }
        assertThat(request.getInt("transfersAwaitingConfirmation")).isEqualTo(1);
        assertThat(request.getJsonArray("errors")).isEmpty();
        assertThat(request.toString()).doesNotContain("9991002").doesNotContain("Hillcrest");

        // Marks for the child are refused with the very message an unknown UPN gets.
        JsonObject refusedMarks = lead.importAndWait("attendance", MARKS_HEADER
                + upn + ",9991001,2025-11-04,AM,/\n" + unknown + ",9991001,2025-11-04,AM,/\n");
        assertThat(refusedMarks.getString("status")).isEqualTo("FAILED");
        JsonArray errors = refusedMarks.getJsonArray("errors");
        assertThat(errors).hasSize(2);
        String forChild = errors.getJsonObject(0).getString("message");
        String forUnknown = errors.getJsonObject(1).getString("message");
        assertThat(errors.getJsonObject(0).getString("column")).isEqualTo(errors.getJsonObject(1).getString("column"));
        assertThat(forChild.replace(upn, "UPN")).isEqualTo(forUnknown.replace(unknown, "UPN"));

        // Only the service manager sees and decides transfers.
        assertThat(lead.get("transfers").status()).isEqualTo(403);
        assertThat(Api.as(base, "statutory-officer").get("transfers").status()).isEqualTo(403);
        Api manager = Api.as(base, "sas-manager");
        JsonObject transfer = transferOf(manager, upn);
        assertThat(transfer.getString("fromLaestab")).isEqualTo("9991002");
        assertThat(transfer.getString("toLaestab")).isEqualTo("9991001");
        assertThat(transfer.getString("startDate")).isEqualTo("2025-11-10");
        assertThat(transfer.getBoolean("namedAsOnRecord")).isTrue();
        long id = transfer.getJsonNumber("id").longValue();
        assertThat(lead.send("POST", "transfers/" + id + "/confirmation", null, null).statusCode()).isEqualTo(403);

        HttpResponse<String> confirmed = manager.send("POST", "transfers/" + id + "/confirmation", null, null);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(manager.send("POST", "transfers/" + id + "/confirmation", null, null).statusCode()).isEqualTo(409);
        assertThat(manager.get("transfers").body()).doesNotContain(upn);

        // Before the start date Riverside still sees nothing; from it, the child is theirs and Hillcrest's roll has ended.
        assertThat(lead.get("pupils/" + upn).status()).isEqualTo(404);
        clockAt("2025-11-12T09:00:00Z");
        Api.Answer seen = lead.get("pupils/" + upn);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        JsonArray enrolments = seen.object().getJsonArray("enrolments");
        assertThat(enrolments).extracting(e -> e.asJsonObject().getString("laestab") + " "
                        + e.asJsonObject().getString("startDate") + " "
                        + (e.asJsonObject().isNull("endDate") ? "open" : e.asJsonObject().getString("endDate")))
                .containsExactly("9991002 2025-09-01 2025-11-09", "9991001 2025-11-10 open");

        // Hillcrest writes no mark after the move; its earlier marks stand; Riverside marks its own days.
        JsonObject late = admin.importAndWait("attendance", MARKS_HEADER + upn + ",9991002,2025-11-11,AM,/\n");
        assertThat(late.getString("status")).isEqualTo("FAILED");
        assertThat(late.getJsonArray("errors").getJsonObject(0).getString("message").replace(upn, "UPN"))
                .isEqualTo(forUnknown.replace(unknown, "UPN").replace("9991001", "9991002").replace("2025-11-04", "2025-11-11"));
        JsonObject earlier = admin.importAndWait("attendance", MARKS_HEADER + upn + ",9991002,2025-11-04,PM,L\n");
        assertThat(earlier.getString("status")).as(earlier.toString()).isEqualTo("COMPLETED");
        JsonObject own = lead.importAndWait("attendance", marks(upn, "9991001", LocalDate.of(2025, 11, 10),
                LocalDate.of(2025, 11, 11)));
        assertThat(own.getString("status")).as(own.toString()).isEqualTo("COMPLETED");
        JsonObject figures = manager.get("pupils/" + upn + "/attendance?from=2025-09-01&to=2025-11-11").object();
        assertThat(figures.getInt("possibleSessions")).isEqualTo(hillcrestSessions + 4);
        assertThat(figures.getInt("lateBeforeRegisterCloses")).isEqualTo(1);

        // The move is in the child's chronology and every step in the audit trail.
        JsonObject chronology = manager.get("pupils/" + upn + "/chronology?kind=MOVED_SCHOOL").object();
        assertThat(chronology.getJsonArray("lines")).extracting(l -> l.asJsonObject().getString("summary"))
                .containsExactly("Moved school from Hillcrest Academy (9991002), last day 2025-11-09, to Riverside"
                        + " Primary School (9991001), on roll from 2025-11-10");
        JsonArray audit = manager.get("audit?upn=" + upn + "&action=CHANGE").object().getJsonArray("entries");
        assertThat(audit).extracting(e -> e.asJsonObject().getString("detail"))
                .anyMatch(d -> d.startsWith("transfer to 9991001 from 2025-11-10 requested by school-lead-9991001"))
                .anyMatch(d -> d.startsWith("transfer confirmed by sas-manager: from Hillcrest Academy"));
    }

    @Test
    void theManagerRefusesATransferWithAReasonAndTheChildStaysWhereTheyAre() {
        String upn = TestCouncil.upn(802);
        onRollAtHillcrest(upn, "Tamsin");
        Api lead = Api.as(base, "school-lead-9991001");
        JsonObject request = lead.importAndWait("pupils", PUPILS_HEADER + upn + ",9991001,Tamzin,Ashdowne,2013-05-15,7,F,2025-10-06\n");
        assertThat(request.getString("status")).as(request.toString()).isEqualTo("COMPLETED");
        assertThat(request.getInt("transfersAwaitingConfirmation")).isEqualTo(1);

        Api manager = Api.as(base, "sas-manager");
        JsonObject transfer = transferOf(manager, upn);
        assertThat(transfer.getBoolean("namedAsOnRecord")).as("the school named another child").isFalse();
        assertThat(transfer.getString("namedSurname")).isEqualTo("Ashdowne");
        assertThat(transfer.getString("surname")).as("the school's row changed nothing").isEqualTo("Ashdown");
        long id = transfer.getJsonNumber("id").longValue();

        Api.Answer noReason = manager.postJson("transfers/" + id + "/refusal", "{\"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"");
        Api.Answer refused = manager.postJson("transfers/" + id + "/refusal",
                "{\"reason\": \"Hillcrest confirms the child still attends\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.object().getString("status")).isEqualTo("REFUSED");
        assertThat(manager.postJson("transfers/" + id + "/confirmation", "{}").status()).isEqualTo(409);

        assertThat(lead.get("pupils/" + upn).status()).isEqualTo(404);
        JsonArray enrolments = manager.get("pupils/" + upn).object().getJsonArray("enrolments");
        assertThat(enrolments).hasSize(1);
        assertThat(enrolments.getJsonObject(0).getString("laestab")).isEqualTo("9991002");
        assertThat(enrolments.getJsonObject(0).isNull("endDate")).isTrue();
    }

    @Test
    void aCouncilImportNamingAnotherSchoolRecordsTheMoveAndNeverLeavesTwoEnrolmentsOpen() {
        String upn = TestCouncil.upn(803);
        onRollAtHillcrest(upn, "Ottoline");
        Api admin = Api.as(base, "it-admin");

        JsonObject tooEarly = admin.importAndWait("pupils", PUPILS_HEADER + upn + ",9991001,Ottoline,Ashdown,2013-05-14,7,F,2025-09-01\n");
        assertThat(tooEarly.getString("status")).isEqualTo("FAILED");
        JsonObject error = tooEarly.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("line")).isEqualTo(2);
        assertThat(error.getString("column")).isEqualTo("entry_date");
        assertThat(error.getString("message")).contains("must be after 2025-09-01");

        JsonObject moved = admin.importAndWait("pupils", PUPILS_HEADER + upn + ",9991001,Ottoline,Ashdown,2013-05-14,7,F,2025-10-01\n");
        assertThat(moved.getString("status")).as(moved.toString()).isEqualTo("COMPLETED");
        assertThat(moved.getInt("transfersAwaitingConfirmation")).isZero();
        JsonArray enrolments = Api.as(base, "sas-manager").get("pupils/" + upn).object().getJsonArray("enrolments");
        assertThat(enrolments).extracting(e -> e.asJsonObject().getString("laestab") + " "
                        + (e.asJsonObject().isNull("endDate") ? "open" : e.asJsonObject().getString("endDate")))
                .containsExactly("9991002 2025-09-30", "9991001 open");
        assertThat(Api.as(base, "school-lead-9991001").get("pupils/" + upn).status()).isEqualTo(200);
    }
}

package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** The audit trail: a read and a change of a child's record each leave who, when, what and from where; who may search. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar();
    }

    @ArquillianResource
    URL base;

    static String upn(int serial) {
        String last12 = "9991001" + "31" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    private JsonObject registered(int serial, String forename, String surname) {
        return registered(serial, "9991001", forename, surname);
    }

    private JsonObject registered(int serial, String laestab, String forename, String surname) {
        TestCouncil.ensure(base);
        JsonObject job = Api.as(base, "it-admin").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n"
                        + upn(serial) + "," + laestab + "," + forename + "," + surname + ",2015-03-04,5,F,2025-09-01\n");
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
        return job;
    }

    private JsonObject search(String query) {
        Api.Answer answer = Api.as(base, "sas-manager").get("audit?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    @Test
    void aReadAndAChangeOfAChildsRecordEachLeaveWhoWhenWhatAndFromWhereAndTheSearchFindsThem() {
        registered(1, "Ada", "Fernleigh");
        String child = upn(1);
        // The test server's clock may have been moved (PUT /clock): "when" is the server's clock, as every rule's.
        JsonObject clock = Api.as(base, "it-admin").get("clock").object();
        Instant before = Instant.parse(clock.getString("now")).minusSeconds(5);
        LocalDate today = LocalDate.parse(clock.getString("today"));
        Api lead = Api.as(base, "school-lead-9991001");
        Api.Answer read = lead.get("pupils/" + child);
        assertThat(read.status()).isEqualTo(200);

        JsonObject reads = search("upn=" + child + "&user=school-lead-9991001&action=READ");
        assertThat(reads.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject entry = reads.getJsonArray("entries").getJsonObject(0);
        assertThat(entry.getString("username")).isEqualTo("school-lead-9991001");
        assertThat(entry.getString("action")).isEqualTo("READ");
        assertThat(entry.getString("upn")).isEqualTo(child);
        assertThat(entry.getString("subject")).isEqualTo("pupil " + child);
        assertThat(entry.getString("detail")).isEqualTo("details and schools");
        assertThat(entry.getString("remoteAddress")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(entry.getString("request")).isEqualTo("GET /pathway/api/v1/pupils/" + child);
        assertThat(Instant.parse(entry.getString("at"))).isBetween(before, before.plusSeconds(60));

        long version = read.object().getJsonNumber("version").longValue();
        Api.Answer corrected = lead.putJson("pupils/" + child, """
                {"forename": "Ada", "surname": "Fernleigh-Moss", "dateOfBirth": "2015-03-04", "yearGroup": "5",
                 "gender": "F", "youngCarer": true, "version": %d}
                """.formatted(version));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        Api.Answer stale = lead.putJson("pupils/" + child, """
                {"forename": "Ada", "surname": "Other", "dateOfBirth": "2015-03-04", "yearGroup": "5",
                 "gender": "F", "version": %d}
                """.formatted(version));
        assertThat(stale.status()).isEqualTo(409);

        JsonObject changes = search("upn=" + child + "&action=change");
        assertThat(changes.getJsonNumber("total").longValue()).as("the refused change left no entry").isEqualTo(1);
        JsonObject change = changes.getJsonArray("entries").getJsonObject(0);
        assertThat(change.getString("username")).isEqualTo("school-lead-9991001");
        assertThat(change.getString("detail")).isEqualTo("details corrected: surname, young carer");
        assertThat(change.getString("request")).isEqualTo("PUT /pathway/api/v1/pupils/" + child);
        assertThat(change.getString("remoteAddress")).isNotBlank().isNotEqualTo("server");

        JsonObject both = search("upn=" + child + "&from=" + today + "&to=" + today);
        assertThat(both.getJsonArray("entries")).extracting(e -> e.asJsonObject().getString("action"))
                .as("newest first").startsWith("CHANGE").contains("READ");
        assertThat(search("upn=" + child + "&from=" + today.plusDays(1)).getJsonNumber("total").longValue())
                .isZero();

        HttpResponse<String> csv = Api.as(base, "it-admin").send("GET", "audit/export?upn=" + child, null, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("when,user,action,upn,subject,detail,from address,request or operation")
                .contains("school-lead-9991001,CHANGE," + child + ",pupil " + child + ",\"details corrected: surname, young carer\"");
    }

    @Test
    void anImportLeavesOneChangeEntryNamingTheJobAndHowManyChildren() {
        JsonObject job = registered(2, "Bea", "Hollowell");
        String jobId = job.getString("jobId");
        JsonObject changes = search("user=it-admin&action=CHANGE&size=200");
        JsonObject entry = changes.getJsonArray("entries").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("subject").equals("import job " + jobId)).findFirst().orElseThrow();
        assertThat(entry.getString("detail")).startsWith("pupils file of 1 rows: ");
        assertThat(entry.getString("remoteAddress")).isEqualTo("server");
        assertThat(entry.getString("request")).isEqualTo("pupils import job " + jobId);
        assertThat(entry.isNull("upn")).isTrue();

        Api.Answer marks = Api.as(base, "school-lead-9991001").postCsv("imports/attendance",
                "upn,laestab,date,session,code\n" + upn(2) + ",9991001,2025-09-03,AM,/\n" + upn(2) + ",9991001,2025-09-03,PM,O\n");
        assertThat(marks.status()).as(marks.body()).isEqualTo(202);
        String marksJob = marks.object().getString("jobId");
        JsonObject marksEntry = waitForEntry("user=school-lead-9991001&action=CHANGE", "import job " + marksJob);
        assertThat(marksEntry.getString("detail")).isEqualTo("attendance marks file of 2 marks: the marks of 1 pupils written");
        assertThat(marksEntry.getString("remoteAddress")).isEqualTo("server");
        assertThat(marksEntry.getString("request")).isEqualTo("attendance import job " + marksJob);
    }

    private JsonObject waitForEntry(String query, String subject) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < giveUp) {
            var found = search(query + "&size=200").getJsonArray("entries").stream().map(e -> e.asJsonObject())
                    .filter(e -> e.getString("subject").equals(subject)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No audit entry " + subject + " within 60 s");
    }

    @Test
    void aSchoolLeadAskingForAnotherSchoolsPupilIsAnsweredNotFoundAndTheManagerFindsTheRefusedRead() {
        registered(4, "9991002", "Dot", "Elsworth");
        String elsewhere = upn(4);
        String nobody = upn(999);
        Api lead = Api.as(base, "school-lead-9991001");

        Api.Answer refused = lead.get("pupils/" + elsewhere);
        Api.Answer unknown = lead.get("pupils/" + nobody);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(refused.body().replace(elsewhere, "UPN")).as("the answer does not tell the two apart")
                .isEqualTo(unknown.body().replace(nobody, "UPN"));

        JsonObject found = search("action=REFUSED&upn=" + elsewhere);
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject entry = found.getJsonArray("entries").getJsonObject(0);
        assertThat(entry.getString("username")).isEqualTo("school-lead-9991001");
        assertThat(entry.getString("action")).isEqualTo("REFUSED");
        assertThat(entry.getString("upn")).isEqualTo(elsewhere);
        assertThat(entry.getString("subject")).isEqualTo("pupil " + elsewhere);
        assertThat(entry.getString("remoteAddress")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(entry.getString("request")).isEqualTo("GET /pathway/api/v1/pupils/" + elsewhere);
        assertThat(search("action=refused&user=school-lead-9991001&size=200").getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getString("subject"))).as("a UPN nobody has is no child's record")
                .doesNotContain("pupil " + nobody);
    }

    @Test
    void aReadTheCallersRoleMayNotMakeIsKeptAsRefusedWithTheRequest() {
        TestCouncil.ensure(base);
        assertThat(Api.as(base, "statutory-officer").get("staff-directory").status()).isEqualTo(403);
        JsonObject entry = search("action=REFUSED&user=statutory-officer&size=200").getJsonArray("entries").stream()
                .map(e -> e.asJsonObject()).filter(e -> e.getString("subject").equals(
                        "GET /pathway/api/v1/staff-directory")).findFirst().orElseThrow();
        assertThat(entry.getString("request")).isEqualTo("GET /pathway/api/v1/staff-directory");
        assertThat(entry.isNull("upn")).isTrue();
    }

    @Test
    void aRoleTheResourceRefusesIsAnswered403AsAProblemBeforeItsBodyIsReadAndTheReadIsKept() {
        TestCouncil.ensure(base);
        Api.Answer write = Api.as(base, "statutory-officer").putJson("clock", "{\"now\": \"not a time\"}");
        assertThat(write.status()).as(write.body()).isEqualTo(403);
        assertThat(write.contentType()).startsWith("application/problem+json");
        Api.Answer read = Api.as(base, "claag-member").get("audit");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.object().getInt("status")).isEqualTo(403);
        assertThat(search("action=REFUSED&user=claag-member&size=200").getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getString("request")).toList()).contains("GET /pathway/api/v1/audit");
    }

    @Test
    void aChangeOfASchoolLinkAndOfTheCalendarIsKeptWithTheValuesBeforeAndAfter() {
        TestCouncil.ensure(base);
        Api admin = Api.as(base, "it-admin");
        String someone = "audit-link-" + System.nanoTime();
        assertThat(admin.putJson("admin/staff/" + someone, "{\"laestab\": \"9991002\"}").status()).isEqualTo(200);
        assertThat(admin.putJson("admin/staff/" + someone, "{\"laestab\": \"9991001\"}").status()).isEqualTo(200);
        assertThat(search("action=CHANGE&user=it-admin&size=200").getJsonArray("entries").stream()
                .map(e -> e.asJsonObject()).filter(e -> e.getString("subject").equals("staff link " + someone))
                .map(e -> e.getString("detail")))
                .containsExactly("school: 9991002 -> 9991001", "school: none -> 9991002");

        // A closure in the Christmas holiday changes no school day; the year is put back as it was at once.
        Api.Answer changed = admin.putJson("calendar/2025", TestCouncil.YEAR_2025.replace(
                "\"closureDays\": []", "\"closureDays\": [\"2025-12-29\"]"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(admin.putJson("calendar/2025", TestCouncil.YEAR_2025).status()).isEqualTo(200);
        var calendar = search("action=CHANGE&user=it-admin&size=200").getJsonArray("entries").stream()
                .map(e -> e.asJsonObject()).filter(e -> e.getString("subject").equals("school calendar 2025/26"))
                .map(e -> e.getString("detail")).limit(2).toList();
        assertThat(calendar).hasSize(2);
        assertThat(calendar.get(1)).as("the change: before, then after")
                .contains("Autumn 1 2025-09-03..2025-10-24").matches("(?s).*closures \\[\\] -> .*closures \\[2025-12-29\\]");
        assertThat(calendar.get(0)).as("put back").matches("(?s).*closures \\[2025-12-29\\] -> .*closures \\[\\]");
    }

    @Test
    void listsOfReferralsAndOfCasesAreReadsInTheAuditTrail() {
        TestCouncil.ensure(base);
        assertThat(Api.as(base, "school-lead-9991001").get("referrals").status()).isEqualTo(200);
        assertThat(Api.as(base, "sas-manager").get("cases").status()).isEqualTo(200);
        assertThat(search("action=READ&user=school-lead-9991001&size=200").getJsonArray("entries").stream()
                .map(e -> e.asJsonObject()).filter(e -> e.getString("subject").equals("referrals list")).findFirst()
                .orElseThrow().getString("request")).isEqualTo("GET /pathway/api/v1/referrals");
        assertThat(search("action=READ&user=sas-manager&size=200").getJsonArray("entries").stream()
                .map(e -> e.asJsonObject()).filter(e -> e.getString("subject").equals("cases list")).findFirst()
                .orElseThrow().getString("request")).isEqualTo("GET /pathway/api/v1/cases");
    }

    @Test
    void onlyTheServiceManagerAndTheAdministratorMaySearchTheAuditTrail() {
        TestCouncil.ensure(base);
        assertThat(Api.as(base, "school-lead-9991001").get("audit").status()).isEqualTo(403);
        assertThat(Api.as(base, "statutory-officer").get("audit").status()).isEqualTo(403);
        assertThat(Api.as(base, "statutory-officer").get("audit/export").status()).isEqualTo(403);
        assertThat(Api.anonymous(base).get("audit").status()).isEqualTo(401);
        assertThat(Api.as(base, "it-admin").get("audit").status()).isEqualTo(200);
        assertThat(Api.as(base, "sas-manager").get("audit").status()).isEqualTo(200);
    }

    @Test
    void searchingTheAuditTrailIsNotItselfAudited() {
        long before = search("user=sas-manager").getJsonNumber("total").longValue();
        search("user=sas-manager&action=READ");
        Api.as(base, "sas-manager").send("GET", "audit/export?user=sas-manager", null, null);
        assertThat(search("user=sas-manager").getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void aWrongFilterIsRefusedNamingWhatIsWrong() {
        Api manager = Api.as(base, "sas-manager");
        Api.Answer action = manager.get("audit?action=DELETE");
        assertThat(action.status()).isEqualTo(400);
        assertThat(action.object().getString("detail")).isEqualTo("action must be READ, CHANGE or REFUSED; got 'DELETE'");
        Api.Answer dates = manager.get("audit?from=2026-02-01&to=2026-01-01");
        assertThat(dates.status()).isEqualTo(400);
        assertThat(dates.object().getString("detail")).isEqualTo("to (2026-01-01) is before from (2026-02-01)");
        Api.Answer upn = manager.get("audit?upn=not-a-upn");
        assertThat(upn.status()).isEqualTo(400);
        assertThat(upn.object().getString("detail")).startsWith("upn 'NOT-A-UPN' is not a UPN");
        assertThat(manager.get("audit?page=0").status()).isEqualTo(400);
        assertThat(manager.get("audit?from=yesterday").object().getString("detail"))
                .isEqualTo("from must be a date written YYYY-MM-DD; got 'yesterday'");
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheAuditTrail() throws SQLException {
        registered(3, "Cy", "Marrow");
        assertThat(Api.as(base, "sas-manager").get("pupils/" + upn(3)).status()).isEqualTo(200);
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             Statement sql = db.createStatement()) {
            long entries = count(sql);
            assertThat(entries).isPositive();
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET username = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only: UPDATE of audit_entry is refused");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only: DELETE of audit_entry is refused");
            assertThatThrownBy(() -> sql.execute("TRUNCATE audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only: TRUNCATE of audit_entry is refused");
            assertThat(count(sql)).isGreaterThanOrEqualTo(entries);
        }
    }

    private static long count(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Deadlines fire by themselves, once: the clock is moved through PUT /clock (the sweep runs before it answers), the
 * owner gets one task and one e-mail (received here by GreenMail), the manager hears once when it stays undone, and
 * a quiet case raises drift once per episode. Never sleeps: the clock is the test's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadlinesIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClass(DeadlineFixture.class);
    }

    @ArquillianResource
    URL base;

    private DeadlineClient server;
    private String token;

    @BeforeEach
    void setUp() {
        TestCouncil.ensure(base);
        server = new DeadlineClient(base);
        token = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void backToRealTime() {
        server.realTime();
    }

    @Test
    void anAimReviewFiresOnceWhenTheClockPassesItsDueDateAndGoesToTheManagerFiveSchoolDaysLater() throws Exception {
        server.clockAt("2026-01-05T09:00:00Z");
        long caseId = System.nanoTime() % 1_000_000_000L;
        String title = "AIM review " + token;
        long id = server.schedule("statutory-officer", "AIM_REVIEW", title, caseId, "statutory-officer", "2026-01-26");
        assertThat(server.timerOf("statutory-officer", id)).as("a persistent timer for the due date").isNotEqualTo("none");

        server.clockAt("2026-01-25T23:30:00Z");
        assertThat(server.tasks("statutory-officer", token)).as("not due before the day").isEmpty();
        assertThat(DeadlineClient.mails(MAIL, token)).isEmpty();

        // 08:00 on the due date in England: the sweep that PUT /clock runs fires it
        server.clockAt("2026-01-26T08:00:00Z");
        List<JsonObject> tasks = server.tasks("statutory-officer", token);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).getString("kind")).isEqualTo("AIM_REVIEW");
        assertThat(tasks.get(0).getString("dueDate")).isEqualTo("2026-01-26");
        assertThat(tasks.get(0).getBoolean("overdue")).isFalse();
        assertThat(DeadlineClient.mails(MAIL, token)).hasSize(1)
                .allSatisfy(m -> assertThat(DeadlineClient.recipient(m)).isEqualTo("statutory-officer@pathway.example"));
        assertThat(server.deadline("statutory-officer", caseId).getString("status")).isEqualTo("FIRED");
        assertThat(server.timerOf("statutory-officer", id)).as("its timer is gone").isEqualTo("none");

        server.clockAt("2026-01-28T10:00:00Z");
        assertThat(server.tasks("statutory-officer", token)).hasSize(1);
        assertThat(server.tasks("statutory-officer", token).get(0).getBoolean("overdue")).isTrue();
        assertThat(DeadlineClient.mails(MAIL, token)).as("fired once").hasSize(1);

        // four school days after the due date: not yet the manager's
        server.clockAt("2026-01-30T10:00:00Z");
        assertThat(server.tasks("sas-manager", token)).isEmpty();
        // the fifth school day after it: the manager's task and e-mail, once
        server.clockAt("2026-02-02T10:00:00Z");
        server.clockAt("2026-02-03T10:00:00Z");
        List<JsonObject> escalations = server.tasks("sas-manager", token);
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).getString("kind")).isEqualTo("ESCALATION");
        assertThat(DeadlineClient.mails(MAIL, token)).hasSize(2)
                .anySatisfy(m -> assertThat(DeadlineClient.recipient(m)).isEqualTo("sas-manager@pathway.example"));

        // only the owner (or a manager) marks it done; then the deadline is met
        long taskId = tasks.get(0).getJsonNumber("id").longValue();
        assertThat(Api.as(base, "traded-officer").send("POST", "tasks/" + taskId + "/done", null, null).statusCode())
                .isEqualTo(404);
        assertThat(Api.as(base, "statutory-officer").send("POST", "tasks/" + taskId + "/done", null, null).statusCode())
                .isEqualTo(200);
        assertThat(server.tasks("statutory-officer", token).get(0).getBoolean("overdue")).isFalse();
        assertThat(server.deadline("statutory-officer", caseId).getString("status")).isEqualTo("DONE");
    }

    @Test
    void aDeadlineDueTodayFiresByItsOwnTimerWithoutTheClockMoving() {
        JsonObject clock = server.clockAt("2026-01-06T09:00:00Z");
        long caseId = System.nanoTime() % 1_000_000_000L;
        server.schedule("traded-officer", "TAF_MEETING", "TAF meeting " + token, caseId, "traded-officer",
                clock.getString("today"));
        // the timer expires at once (its time has come); waiting for the server's own thread, bounded
        new Eventually(Duration.ofSeconds(60)).until(() -> server.tasks("traded-officer", token).size() == 1);
        // The e-mail leaves after the firing transaction commits: wait for it too, bounded.
        new Eventually(Duration.ofSeconds(60)).until(() -> !DeadlineClient.mails(MAIL, token).isEmpty());
        assertThat(DeadlineClient.mails(MAIL, token)).hasSize(1);
        assertThat(server.deadline("traded-officer", caseId).getString("status")).isEqualTo("FIRED");
    }

    @Test
    void aQuietCaseRaisesDriftOncePerEpisodeCountingSchoolDaysAcrossEaster() {
        long caseId = System.nanoTime() % 1_000_000_000L;
        String subject = "case " + caseId + " ";
        server.clockAt("2026-03-02T09:00:00Z");
        server.activity("early-help-worker", caseId, "early-help-worker", "2026-03-02");

        server.clockAt("2026-03-13T09:00:00Z");
        assertThat(server.tasks("early-help-worker", subject)).as("nine school days").isEmpty();
        server.clockAt("2026-03-16T09:00:00Z");
        server.clockAt("2026-03-17T09:00:00Z");
        List<JsonObject> drift = server.tasks("early-help-worker", subject);
        assertThat(drift).hasSize(1);
        assertThat(drift.get(0).getString("kind")).isEqualTo("DRIFT");
        assertThat(DeadlineClient.mails(MAIL, subject)).hasSize(1);

        // activity ends the episode (and its task); ten school days later, across the Easter holiday, a new one
        server.activity("early-help-worker", caseId, "early-help-worker", "2026-03-17");
        assertThat(server.tasks("early-help-worker", subject)).allSatisfy(t -> assertThat(t.isNull("doneAt")).isFalse());
        server.clockAt("2026-04-13T09:00:00Z");
        assertThat(server.tasks("early-help-worker", subject)).noneMatch(t -> t.isNull("doneAt"));
        server.clockAt("2026-04-14T09:00:00Z");
        assertThat(server.tasks("early-help-worker", subject)).filteredOn(t -> t.isNull("doneAt")).hasSize(1);
        assertThat(DeadlineClient.mails(MAIL, subject)).hasSize(2);
    }

    @Test
    void aCaseWhosePlanIsItsLatestWorkDriftsFromThePlanNotFromTheOpening() {
        // Drift has one source: the activity the caseload shows is the activity the sweep counts, a plan included.
        server.clockAt("2026-03-02T09:00:00Z");
        String upn = TestCouncil.upn(877);
        assertThat(Api.as(base, "it-admin").importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,"
                + "year_group,gender,entry_date\n" + upn + ",9991001,Juniper,Penhallow,2016-05-06,4,F,2025-09-01\n")
                .getString("status")).isEqualTo("COMPLETED");
        Api.Answer opened = Api.as(base, "sas-manager").postJson("cases", "{\"upn\": \"" + upn + "\", \"level\":"
                + " \"L2\", \"reason\": \"Persistent absence " + token + "\", \"officer\": \"traded-officer\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long caseId = opened.object().getJsonNumber("id").longValue();
        String drift = "No activity on case " + caseId + " ";

        server.clockAt("2026-03-09T09:00:00Z");
        Api.Answer planned = Api.as(base, "traded-officer").postJson("cases/" + caseId + "/plans", """
                {"targetAttendancePercent": 95.0, "targets": "Attend every day for three weeks",
                 "sharedWithFamily": true, "sharedWithChild": true,
                 "actions": [{"description": "Morning phone call on Mondays", "ownerKind": "PERSON",
                              "ownerName": "Attendance lead", "dueOn": "2026-03-30", "expectedOutcome": "On time"}]}
                """);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);

        // eleven school days after the opening, six after the plan: not drifting
        server.clockAt("2026-03-17T09:00:00Z");
        assertThat(server.tasks("traded-officer", drift)).isEmpty();
        // ten school days after the plan (Knowsley's drift limit): drifting, once
        server.clockAt("2026-03-23T09:00:00Z");
        assertThat(server.tasks("traded-officer", drift)).hasSize(1);
        assertThat(Api.as(base, "sas-manager").postJson("cases/" + caseId + "/close",
                "{\"outcome\": \"ATTENDANCE_IMPROVED\", \"note\": \"Back to 96%\"}").status()).isEqualTo(200);
    }

    @Test
    void aSubjectWithItsOwnDriftLimitDriftsAfterThatManySchoolDaysNotTheSystemDefault() {
        long caseId = System.nanoTime() % 1_000_000_000L;
        String subject = "case " + caseId + " ";
        server.clockAt("2026-03-02T09:00:00Z");
        // a pathway model that says three school days (the system default is ten)
        server.activity("early-help-worker", caseId, "early-help-worker", "2026-03-02", 3);

        server.clockAt("2026-03-04T09:00:00Z");
        assertThat(server.tasks("early-help-worker", subject)).as("two school days").isEmpty();
        server.clockAt("2026-03-05T09:00:00Z");
        List<JsonObject> drift = server.tasks("early-help-worker", subject);
        assertThat(drift).hasSize(1);
        assertThat(drift.get(0).getString("title")).contains("for 3 school days");
    }

    @Test
    void aDeadlineBeyondTheCalendarWaitsForTheYearAndIsSetWhenTheAdministratorAddsIt() {
        // 2030/31 ends on 31 August 2031: three school weeks after Thursday 10 July 2031 (the week of 14 July, the
        // week of 21 July, then the first week of 2031/32) need the next year. No other test configures these years.
        Api admin = Api.as(base, "it-admin");
        assertThat(admin.putJson("calendar/2030", yearFrom(2030)).status()).isEqualTo(200);
        long caseId = System.nanoTime() % 1_000_000_000L;
        String title = "AIM review " + token;
        Api.Answer asked = Api.as(base, "statutory-officer").postJson("test/deadlines/counted", "{\"kind\":"
                + " \"AIM_REVIEW\", \"title\": \"" + title + "\", \"subjectType\": \"case\", \"subjectId\": " + caseId
                + ", \"owner\": \"statutory-officer\", \"timescale\": \"3 SCHOOL_WEEKS\", \"from\": \"2031-07-10\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.object().getBoolean("waiting")).as("nothing guessed").isTrue();
        assertThat(((JsonArray) Api.as(base, "statutory-officer").get("test/deadlines/case/" + caseId).json()))
                .isEmpty();
        List<JsonObject> asks = server.tasks("it-admin", token);
        assertThat(asks).singleElement().satisfies(task -> {
            assertThat(task.getString("kind")).isEqualTo("CALENDAR_MISSING");
            assertThat(task.getString("title")).contains(title).contains("3 SCHOOL_WEEKS from 2031-07-10");
            assertThat(task.getString("detail")).contains("configure the next academic year")
                    .contains("the deadline is set then");
            assertThat(task.get("doneAt")).isIn(null, jakarta.json.JsonValue.NULL);
        });

        // correcting the year the calendar already has dates nothing; adding the next one sets the deadline
        assertThat(admin.putJson("calendar/2030", yearFrom(2030)).status()).isEqualTo(200);
        assertThat(((JsonArray) Api.as(base, "statutory-officer").get("test/deadlines/case/" + caseId).json()))
                .isEmpty();
        assertThat(admin.putJson("calendar/2031", yearFrom(2031)).status()).isEqualTo(200);
        JsonObject set = server.deadline("statutory-officer", caseId);
        assertThat(set.getString("kind")).isEqualTo("AIM_REVIEW");
        assertThat(set.getString("status")).isEqualTo("OPEN");
        assertThat(set.getString("dueDate")).isEqualTo("2031-09-04");
        assertThat(server.timerOf("statutory-officer", set.getJsonNumber("id").longValue())).isNotEqualTo("none");
        assertThat(server.tasks("it-admin", token)).singleElement()
                .satisfies(task -> assertThat(task.getString("doneBy")).isEqualTo("it-admin"));
    }

    /** A plain fictional academic year far from the others: three terms, no bank holidays or INSET days. */
    private static String yearFrom(int start) {
        int end = start + 1;
        return "{\"start\": \"" + start + "-09-01\", \"end\": \"" + end + "-08-31\", \"periods\": ["
                + "{\"name\": \"Autumn\", \"start\": \"" + start + "-09-02\", \"end\": \"" + start + "-12-19\"}, "
                + "{\"name\": \"Spring\", \"start\": \"" + end + "-01-06\", \"end\": \"" + end + "-04-03\"}, "
                + "{\"name\": \"Summer\", \"start\": \"" + end + "-04-22\", \"end\": \"" + end + "-07-22\"}],"
                + " \"bankHolidays\": [], \"closureDays\": []}";
    }

    @Test
    void onlyTheAdministratorReadsOrMovesTheClock() {
        Api.Answer read = Api.as(base, "it-admin").get("clock");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.object().getBoolean("adjustable")).isTrue();
        assertThat(Api.as(base, "statutory-officer").get("clock").status()).isEqualTo(403);
        assertThat(Api.as(base, "sas-manager").putJson("clock", "{\"now\": \"2026-01-05T09:00:00Z\"}").status())
                .isEqualTo(403);
        Api.Answer bad = Api.as(base, "it-admin").putJson("clock", "{}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.object().getString("detail")).contains("now");
        assertThat(Api.as(base, "statutory-officer").get("tasks/overdue").status()).isEqualTo(403);
        assertThat(Api.as(base, "sas-manager").get("tasks/overdue").status()).isEqualTo(200);
    }

    @Test
    void anOfficerSeesTheTaskOnTheirHomeScreenAndMarksItDone() {
        server.clockAt("2026-01-05T09:00:00Z");
        long caseId = System.nanoTime() % 1_000_000_000L;
        server.schedule("early-help-worker", "EHA_REVIEW", "EHA review " + token, caseId, "early-help-worker",
                "2026-01-07");
        server.clockAt("2026-01-07T09:00:00Z");
        Browser browser = session.signedInAs("early-help-worker");
        assertThat(browser.heading()).isEqualTo("My work");
        assertThat(browser.text()).contains("My tasks").contains("EHA review " + token);
        browser.assertAccessible("officer-home-tasks");
        browser.driver().findElement(By.cssSelector("input[aria-label='Mark done: EHA review " + token + "']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.text().contains("Done: EHA review " + token));
        browser.assertAccessible("officer-home-task-done");
        assertThat(server.deadline("early-help-worker", caseId).getString("status")).isEqualTo("DONE");
    }

    @Test
    void aMessageToABadAddressIsTriedEightTimesWithBackOffThenFailedAndShownToTheAdministratorWhileTheOthersGo() {
        server.clockAt("2026-05-04T09:00:00Z");
        // queued before the good one: they are tried first and fail, and it still goes in the same sweep
        List<Long> bad = List.of(server.mail("nobody-" + token + "@", "Outbox bad one " + token),
                server.mail("no one " + token + "@pathway.example", "Outbox bad two " + token));
        server.mail("statutory-officer@pathway.example", "Outbox good " + token);

        server.clockAt("2026-05-04T09:01:00Z");
        assertThat(DeadlineClient.mails(MAIL, "Outbox good " + token)).hasSize(1);
        assertThat(DeadlineClient.mails(MAIL, "Outbox bad")).noneMatch(m -> DeadlineClient.recipient(m).contains(token));
        assertThat(bad).allSatisfy(id -> assertThat(server.outboxMail(id).getInt("attempts")).isEqualTo(1));

        // back-off: not again before five minutes have passed, then once
        server.clockAt("2026-05-04T09:05:00Z");
        assertThat(bad).allSatisfy(id -> assertThat(server.outboxMail(id).getInt("attempts")).isEqualTo(1));
        server.clockAt("2026-05-04T09:07:00Z");
        assertThat(bad).allSatisfy(id -> assertThat(server.outboxMail(id).getInt("attempts")).isEqualTo(2));
        assertThat(server.outboxMail(bad.get(0)).getString("nextAttemptAt")).as("fifteen minutes after the second")
                .startsWith("2026-05-04T09:22:0");

        // a day apart, more than any wait: one attempt each time until the eighth, then given up
        for (int day = 5, attempts = 3; attempts <= 8; day++, attempts++) {
            server.clockAt("2026-05-" + (day < 10 ? "0" : "") + day + "T09:00:00Z");
            int expected = attempts;
            assertThat(bad).allSatisfy(id -> assertThat(server.outboxMail(id).getInt("attempts")).isEqualTo(expected));
        }
        assertThat(bad).allSatisfy(id -> assertThat(server.outboxMail(id).getString("status")).isEqualTo("FAILED"));
        server.clockAt("2026-05-20T09:00:00Z");
        assertThat(bad).allSatisfy(id -> assertThat(server.outboxMail(id).getInt("attempts")).isEqualTo(8));

        Api.Answer failed = Api.as(base, "it-admin").get("test/deadlines/mail/failed");
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(((jakarta.json.JsonArray) failed.json()).getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("subject").contains(token)).hasSize(2)
                .allSatisfy(m -> assertThat(m.getInt("attempts")).isEqualTo(8))
                .allSatisfy(m -> assertThat(m.getString("lastError")).isNotBlank());
        assertThat(Api.as(base, "sas-manager").get("test/deadlines/mail/failed").status()).isEqualTo(403);

        try (Browser browser = new Browser()) {
            browser.signedInAs(base, "it-admin");
            assertThat(browser.heading()).isEqualTo("System health");
            assertThat(browser.text()).contains("E-mail not sent").contains("Outbox bad one " + token)
                    .contains("nobody-" + token + "@").contains("Outbox bad two " + token)
                    .doesNotContain("Outbox good " + token);
            browser.assertAccessible("admin-home-failed-mail");
        }
    }

    /** A bounded wait for something the server does on its own thread. */
    private record Eventually(Duration limit) {
        void until(java.util.function.BooleanSupplier condition) {
            long giveUp = System.nanoTime() + limit.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > giveUp) {
                    throw new AssertionError("Not within " + limit);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}

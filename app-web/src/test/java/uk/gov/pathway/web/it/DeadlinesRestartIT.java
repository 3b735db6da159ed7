package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A case's deadline (its AIM review) survives a server stop and start and fires once, as does one that fired before: the server is the "restart" container (manual mode),
 * which this test starts, stops and starts again. Runs in its own failsafe execution after the suite, which uses the
 * same ports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "restart")
class DeadlinesRestartIT {

    private static final String SERVER = "restart";
    private static final String PATHWAY = "pathway";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @Deployment(name = PATHWAY, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClass(DeadlineFixture.class);
    }

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    /** A pupil of the test council's first school, for the case whose AIM review waits across the restart. */
    private static final int SERIAL = 740;

    @Test
    void aCasesAimReviewSurvivesARestartAndEachDeadlineFiresOnce() throws Exception {
        URL base = new URL("http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 0)) + "/pathway/");
        String token = UUID.randomUUID().toString().substring(0, 8);
        long firedSubject = System.nanoTime() % 1_000_000_000L;
        controller.start(SERVER);
        deployer.deploy(PATHWAY);
        DeadlineClient server = new DeadlineClient(base);
        try {
            TestCouncil.ensure(base);
            server.clockAt("2026-01-05T09:00:00Z");
            // one deadline fires before the restart ...
            server.schedule("statutory-officer", "TAF_MEETING", "TAF meeting " + token, firedSubject,
                    "statutory-officer", "2026-01-12");
            // ... and a case's AIM review (three school weeks after the meeting: 26 January) waits across it
            String upn = TestCouncil.upn(SERIAL);
            assertThat(Api.as(base, "it-admin").importAndWait("pupils", "upn,laestab,forename,surname,date_of_birth,"
                    + "year_group,gender,entry_date\n" + upn + ",9991001,Quinn,Harrowgate,2016-02-03,4,X,2025-09-01\n")
                    .getString("status")).isEqualTo("COMPLETED");
            Api.Answer opened = Api.as(base, "sas-manager").postJson("cases", "{\"upn\": \"" + upn + "\", \"level\":"
                    + " \"L2\", \"reason\": \"Persistent absence " + token + "\", \"officer\": \"traded-officer\"}");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            long caseId = opened.object().getJsonNumber("id").longValue();
            Api.Answer aim = Api.as(base, "traded-officer").postJson("cases/" + caseId + "/contacts", """
                    {"kind": "AIM_MEETING", "date": "2026-01-05", "summary": "Attendance Improvement Meeting",
                     "attendees": "Parent, officer", "familyPresent": true, "durationMinutes": 45}""");
            assertThat(aim.status()).as(aim.body()).isEqualTo(201);
            String review = "Case " + caseId + ": Attendance Improvement Meeting: review the action plan";
            JsonObject waiting = server.deadlineOfKind("traded-officer", caseId, "AIM_REVIEW");
            assertThat(waiting.getString("dueDate")).isEqualTo("2026-01-26");
            long waitingId = waiting.getJsonNumber("id").longValue();

            server.clockAt("2026-01-13T09:00:00Z");
            assertThat(server.tasks("statutory-officer", "TAF meeting " + token)).hasSize(1);
            assertThat(server.tasks("traded-officer", review)).isEmpty();
            String timer = server.timerOf("traded-officer", waitingId);
            assertThat(timer).isNotEqualTo("none");

            controller.stop(SERVER);
            controller.start(SERVER);

            // the moved clock, the waiting deadline and its persistent timer all came back from the database
            assertThat(Api.as(base, "it-admin").get("clock").object().getString("today")).isEqualTo("2026-01-13");
            assertThat(server.deadlineOfKind("traded-officer", caseId, "AIM_REVIEW").getString("status"))
                    .isEqualTo("OPEN");
            // the timer store keeps whole seconds: the same expiry, to the second
            assertThat(Instant.parse(server.timerOf("traded-officer", waitingId)).truncatedTo(ChronoUnit.SECONDS))
                    .isEqualTo(Instant.parse(timer).truncatedTo(ChronoUnit.SECONDS));

            server.clockAt("2026-01-14T09:00:00Z");
            assertThat(server.tasks("statutory-officer", "TAF meeting " + token)).as("not fired again").hasSize(1);
            server.clockAt("2026-01-23T09:00:00Z");
            assertThat(server.tasks("traded-officer", review)).as("not due before 26 January").isEmpty();
            server.clockAt("2026-01-26T09:00:00Z");
            server.clockAt("2026-01-27T09:00:00Z");
            assertThat(server.tasks("traded-officer", review)).hasSize(1);
            assertThat(server.deadlineOfKind("traded-officer", caseId, "AIM_REVIEW").getString("status"))
                    .isEqualTo("FIRED");
            assertThat(server.tasks("statutory-officer", "TAF meeting " + token)).hasSize(1);
            // once to each owner (the manager's escalation, five school days on, is another e-mail)
            assertThat(DeadlineClient.mails(MAIL, "TAF meeting " + token)).filteredOn(m -> DeadlineClient.recipient(m)
                    .equals("statutory-officer@pathway.example")).hasSize(1);
            assertThat(DeadlineClient.mails(MAIL, review)).filteredOn(m -> DeadlineClient.recipient(m)
                    .equals("traded-officer@pathway.example")).hasSize(1);
            assertThat(server.timerOf("traded-officer", waitingId)).isEqualTo("none");
        } finally {
            server.realTime();
            deployer.undeploy(PATHWAY);
            controller.stop(SERVER);
        }
    }
}

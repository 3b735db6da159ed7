package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
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
 * A deadline survives a server stop and start and fires once: the server is the "restart" container (manual mode),
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

    @Test
    void aDeadlineSurvivesARestartAndEachDeadlineFiresOnce() throws Exception {
        URL base = new URL("http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 0)) + "/pathway/");
        String token = UUID.randomUUID().toString().substring(0, 8);
        long firedCase = System.nanoTime() % 1_000_000_000L;
        long waitingCase = firedCase + 1;
        controller.start(SERVER);
        deployer.deploy(PATHWAY);
        DeadlineClient server = new DeadlineClient(base);
        try {
            TestCouncil.ensure(base);
            server.clockAt("2026-01-05T09:00:00Z");
            server.schedule("statutory-officer", "TAF_MEETING", "TAF meeting " + token, firedCase, "statutory-officer",
                    "2026-01-12");
            long waiting = server.schedule("statutory-officer", "AIM_REVIEW", "AIM review " + token, waitingCase,
                    "statutory-officer", "2026-01-19");
            server.clockAt("2026-01-13T09:00:00Z");
            assertThat(server.tasks("statutory-officer", "TAF meeting " + token)).hasSize(1);
            assertThat(server.tasks("statutory-officer", "AIM review " + token)).isEmpty();
            String timer = server.timerOf("statutory-officer", waiting);
            assertThat(timer).isNotEqualTo("none");

            controller.stop(SERVER);
            controller.start(SERVER);

            // the moved clock, the waiting deadline and its persistent timer all came back from the database
            assertThat(Api.as(base, "it-admin").get("clock").object().getString("today")).isEqualTo("2026-01-13");
            assertThat(server.deadline("statutory-officer", waitingCase).getString("status")).isEqualTo("OPEN");
            // the timer store keeps whole seconds: the same expiry, to the second
            assertThat(java.time.Instant.parse(server.timerOf("statutory-officer", waiting))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                    .isEqualTo(java.time.Instant.parse(timer).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

            server.clockAt("2026-01-14T09:00:00Z");
            assertThat(server.tasks("statutory-officer", "TAF meeting " + token)).as("not fired again").hasSize(1);
            server.clockAt("2026-01-19T09:00:00Z");
            server.clockAt("2026-01-20T09:00:00Z");
            assertThat(server.tasks("statutory-officer", "AIM review " + token)).hasSize(1);
            assertThat(server.tasks("statutory-officer", "TAF meeting " + token)).hasSize(1);
            // once to its owner (the manager's escalation, five school days on, is another e-mail)
            assertThat(DeadlineClient.mails(MAIL, "TAF meeting " + token)).filteredOn(m -> DeadlineClient.recipient(m)
                    .equals("statutory-officer@pathway.example")).hasSize(1);
            // once to its owner (the manager's escalation, five school days on, is another e-mail)
            assertThat(DeadlineClient.mails(MAIL, "AIM review " + token)).filteredOn(m -> DeadlineClient.recipient(m)
                    .equals("statutory-officer@pathway.example")).hasSize(1);
            assertThat(server.timerOf("statutory-officer", waiting)).isEqualTo("none");
        } finally {
            server.realTime();
            deployer.undeploy(PATHWAY);
            controller.stop(SERVER);
        }
    }
}

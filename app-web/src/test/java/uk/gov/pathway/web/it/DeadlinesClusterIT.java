package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
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
 * Two nodes of a cluster (the containers "node1" and "node2" of the group "cluster", manual mode; app-web's profile
 * cluster-it, README "Cluster"), sharing one database and its timer store: a deadline's persistent timer fires once
 * with both nodes up, and a deadline whose timer node 1 set fires once on node 2 after node 1 was killed (kill -9)
 * before it expired. Its task and its e-mail are counted: one each. A timer row left in timeout under the killed
 * node's name is released by node 2 (StuckTimers) after pathway.cluster.takeover-after-seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "cluster")
class DeadlinesClusterIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @Deployment(name = "pathway-1", managed = false, testable = false)
    @TargetsContainer("node1")
    static WebArchive onNode1() {
        return Deployments.pathwayWar().addClass(DeadlineFixture.class);
    }

    @Deployment(name = "pathway-2", managed = false, testable = false)
    @TargetsContainer("node2")
    static WebArchive onNode2() {
        return Deployments.pathwayWar().addClass(DeadlineFixture.class);
    }

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Test
    void aDeadlineFiresOnceWithBothNodesUpAndOnceMoreOnTheSurvivorAfterItsNodeWasKilled() throws Exception {
        URL node1 = new URL("http://127.0.0.1:" + (8080 + Integer.getInteger("it.cluster.offset1", 600)) + "/pathway/");
        URL node2 = new URL("http://127.0.0.1:" + (8080 + Integer.getInteger("it.cluster.offset2", 700)) + "/pathway/");
        String token = UUID.randomUUID().toString().substring(0, 8);
        long subject = System.nanoTime() % 1_000_000_000L;
        // One after the other, as a council starts them (two at once form two clusters that merge later).
        controller.start("node1");
        deployer.deploy("pathway-1");
        controller.start("node2");
        deployer.deploy("pathway-2");
        DeadlineClient one = new DeadlineClient(node1);
        DeadlineClient two = new DeadlineClient(node2);
        boolean node1Killed = false;
        try {
            TestCouncil.ensure(node1);
            // Both clocks 75 seconds before a school day begins: a deadline due that day has its timer then, by the
            // real clock, which every node has loaded from the timer store by then (refresh every 60 s).
            LocalDate first = LocalDate.of(2026, 1, 13);
            Instant before = first.atStartOfDay(LONDON).toInstant().minusSeconds(75);
            one.clockAt(before.toString());
            two.clockAt(before.toString());
            String titleA = "Both up " + token;
            long a = one.schedule("statutory-officer", "TAF_MEETING", titleA, subject, "statutory-officer",
                    first.toString());
            assertThat(one.timerOf("statutory-officer", a)).isNotEqualTo("none");
            waitUntilFired(two, subject, 150);
            Thread.sleep(5_000);
            assertThat(one.tasks("statutory-officer", titleA)).as("one task, with both nodes up").hasSize(1);
            assertThat(DeadlineClient.mails(MAIL, titleA)).as("one e-mail").hasSize(1);

            // Node 1 sets the next deadline's timer and is killed before it expires: node 2 fires it, once.
            LocalDate second = LocalDate.of(2026, 1, 14);
            Instant beforeSecond = second.atStartOfDay(LONDON).toInstant().minusSeconds(45);
            one.clockAt(beforeSecond.toString());
            two.clockAt(beforeSecond.toString());
            String titleB = "Node killed " + token;
            long b = one.schedule("statutory-officer", "TAF_MEETING", titleB, subject + 1, "statutory-officer",
                    second.toString());
            assertThat(one.timerOf("statutory-officer", b)).isNotEqualTo("none");
            // A third waits months; its timer row is then left as node 1 would leave one it was running when killed.
            one.schedule("statutory-officer", "TAF_MEETING", "Stuck " + token, subject + 2, "statutory-officer",
                    "2026-03-02");
            killNode("node1");
            node1Killed = true;
            controller.kill("node1");
            waitUntilFired(two, subject + 1, 180);
            Thread.sleep(5_000);
            assertThat(two.tasks("statutory-officer", titleB)).as("one task, fired by node 2").hasSize(1);
            assertThat(DeadlineClient.mails(MAIL, titleB)).as("one e-mail").hasSize(1);
            assertThat(two.tasks("statutory-officer", titleA)).as("the first not again").hasSize(1);
            assertThat(DeadlineClient.mails(MAIL, titleA)).hasSize(1);
            assertThat(timerRows("IN_TIMEOUT")).as("no timer left in timeout").isZero();

            // A row in timeout under the killed node's name is released by node 2 after the bound (20 s here).
            String stuck = sql("select id from jboss_ejb_timer where timed_object_id like '%DeadlineTimers'"
                    + " and timer_state in ('CREATED', 'ACTIVE') order by initial_date desc limit 1");
            assertThat(stuck).as("the third deadline's timer row").isNotNull();
            sql("update jboss_ejb_timer set timer_state = 'IN_TIMEOUT', node_name = 'node1' where id = '" + stuck + "'");
            long until = System.currentTimeMillis() + 90_000;
            while (System.currentTimeMillis() < until && timerRows("IN_TIMEOUT") > 0) {
                Thread.sleep(2_000);
            }
            assertThat(sql("select timer_state || ':' || coalesce(node_name, '-') from jboss_ejb_timer where id = '"
                    + stuck + "'")).as("released by node 2").isEqualTo("ACTIVE:-");
        } finally {
            two.realTime();
            deployer.undeploy("pathway-2");
            controller.stop("node2");
            if (!node1Killed) {
                deployer.undeploy("pathway-1");
                controller.stop("node1");
            }
        }
    }

    /** Waits for the subject's deadline to fire (asking the node given). */
    private static void waitUntilFired(DeadlineClient node, long subjectId, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        String status = "";
        while (System.currentTimeMillis() < until) {
            JsonObject deadline = node.deadlineOfKind("statutory-officer", subjectId, "TAF_MEETING");
            status = deadline.getString("status");
            if (status.equals("FIRED")) {
                return;
            }
            Thread.sleep(2_000);
        }
        throw new AssertionError("The deadline of " + subjectId + " not fired within " + seconds + " s: " + status);
    }

    /** kill -9 of the node's server (found by its node name and this build's server folder). */
    private static void killNode(String name) {
        String home = System.getProperty("it.cluster.home." + name);
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("-Djboss.node.name="
                + name) && c.contains(home)).orElse(false)).forEach(ProcessHandle::destroyForcibly);
    }

    private static long timerRows(String state) throws Exception {
        return Long.parseLong(sql("select count(*) from jboss_ejb_timer where timer_state = '" + state + "'"));
    }

    /** One value of a query, or the count of rows an update changed, on the test schema. */
    private static String sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password")); Statement s = c.createStatement()) {
            if (!s.execute(statement)) {
                return String.valueOf(s.getUpdateCount());
            }
            try (ResultSet r = s.getResultSet()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}

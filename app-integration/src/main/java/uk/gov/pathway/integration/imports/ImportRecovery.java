package uk.gov.pathway.integration.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.cluster.ClusterNode;
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.jobs.ImportRowError;

/**
 * Imports the server was running or had queued when it stopped start again from their spooled files once the
 * application is up. Each import is all or nothing, so running one again finishes it without losing or doubling rows.
 * On a cluster (README "Cluster") each job belongs to the node that runs it, which shows it is alive every 15 seconds;
 * a job whose node has given no sign for {@code pathway.cluster.takeover-after-seconds} (default 120) is taken over by
 * one other node (a conditional update) and resumed there from the spool, which the nodes share
 * ({@code pathway.import.dir}); a node starting resumes only its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
@PermitAll
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ImportJobs jobs;

    @EJB
    ImportLauncher launcher;

    @Inject
    ImportSpool spool;

    private List<String> interrupted = List.of();

    @PostConstruct
    void afterStart() {
        // Read while the application deploys, before any request can queue a new job; start them once it runs
        // (the batch runtime takes jobs only then).
        interrupted = jobs.interrupted(ClusterNode.name());
        if (!interrupted.isEmpty()) {
            timers.createSingleActionTimer(5_000, new TimerConfig("resume interrupted imports", false));
        }
    }

    @Timeout
    void resume() {
        for (String jobId : interrupted) {
            LOG.info("Import " + jobId + " was queued or interrupted when the server stopped; starting it");
            launchOrFail(jobId);
        }
    }

    /** This node's heartbeat for its jobs, and the jobs of a node that has stopped taken over. */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "imports: heartbeat and takeover")
    void watch() {
        String me = ClusterNode.name();
        jobs.heartbeat(me);
        Duration bound = ClusterNode.takeoverAfter();
        for (ImportJobs.Orphan orphan : jobs.orphaned(me, Instant.now().minus(bound))) {
            if (jobs.takeOver(orphan, me)) {
                LOG.warning("Import " + orphan.jobId() + " was running on node " + orphan.node() + ", which has given"
                        + " no sign for " + bound.toSeconds() + " s (pathway.cluster.takeover-after-seconds): resumed"
                        + " on " + me + " from its spooled file");
                launchOrFail(orphan.jobId());
            }
        }
    }

    private void launchOrFail(String jobId) {
        if (spool.has(jobId)) {
            launcher.launch(jobId, jobs.kindOf(jobId));
        } else {
            jobs.fail(jobId, 0, List.of(new ImportRowError(0, "file",
                    "The server stopped before the file was received in full; nothing was imported: send it again")));
        }
    }
}

package uk.gov.pathway.kernel.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import uk.gov.pathway.kernel.cluster.ClusterNode;

/**
 * Takes over the persistent timers a stopped node was running. Every node of a cluster holds every persistent timer
 * of the database timer store ({@code jboss_ejb_timer}, partition {@code pathway}); the node whose conditional update
 * marks a row IN_TIMEOUT runs the timeout, so it runs once. A node killed during a timeout leaves its row IN_TIMEOUT
 * with its name, and WildFly resets such a row only when a node of that same name starts again. Here every node looks
 * every 15 seconds for rows IN_TIMEOUT (or RETRY_TIMEOUT) of another node; a row still so, unchanged, after
 * {@code pathway.cluster.takeover-after-seconds} (default 120: a deadline's timeout takes milliseconds) is set back
 * to ACTIVE, with a warning in the log, and the deadline sweep runs: it fires, once, whatever the stopped node was
 * firing (the firing's conditional update rolled back with the node) and catches up with the rest.
 */
@Singleton
@DependsOn("DeadlineSweep")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StuckTimers {

    private static final Logger LOG = Logger.getLogger(StuckTimers.class.getName());

    /** A row seen in timeout on another node: when this node first saw it so. */
    private final Map<TimerStore.StuckRow, Instant> seen = new HashMap<>();

    @EJB
    TimerStore store;

    @EJB
    DeadlineSweep sweep;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "release stuck timers")
    void look() {
        if (!releaseDue(Instant.now()).isEmpty()) {
            sweep.sweep();
        }
    }

    /** Releases the rows stuck on another node for the bound; answers them (synchronised: one look at a time). */
    public synchronized List<TimerStore.StuckRow> releaseDue(Instant now) {
        String me = ClusterNode.name();
        List<TimerStore.StuckRow> stuck;
        try {
            stuck = store.inTimeoutElsewhere(me);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Timer store not readable yet", e);
            return List.of();
        }
        seen.keySet().retainAll(stuck);
        Duration bound = ClusterNode.takeoverAfter();
        List<TimerStore.StuckRow> released = new ArrayList<>();
        for (TimerStore.StuckRow row : stuck) {
            Instant first = seen.computeIfAbsent(row, r -> now);
            if (Duration.between(first, now).compareTo(bound) >= 0 && store.release(row)) {
                seen.remove(row);
                released.add(row);
                LOG.warning("Timer " + row.id() + " (" + row.timedObject() + ", due " + row.nextDate() + ") was in"
                        + " timeout on node " + row.node() + " for more than " + bound.toSeconds() + " s: that node"
                        + " has stopped; released by " + me + " (" + ClusterNode.TAKEOVER_AFTER + "); the deadline sweep now fires"
                        + " what it was firing, once");
            }
        }
        return released;
    }
}

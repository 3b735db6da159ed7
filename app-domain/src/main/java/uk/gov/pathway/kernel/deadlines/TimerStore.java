package uk.gov.pathway.kernel.deadlines;

import java.sql.Timestamp;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The rows of WildFly's database timer store ({@code jboss_ejb_timer}, created by the server on PathwayDS; partition
 * {@code pathway}, wildfly-config/cli/pathway-server.cli) that {@link StuckTimers} reads and releases.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TimerStore {

    public static final String PARTITION = "pathway";

    /** A timer row in timeout on a node. */
    public record StuckRow(String id, String timedObject, String state, String node, Timestamp nextDate) {
    }

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The rows in timeout (or its retry) on any node but {@code me}. */
    public List<StuckRow> inTimeoutElsewhere(String me) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, timed_object_id, timer_state, node_name, next_date"
                        + " from jboss_ejb_timer where partition_name = ? and timer_state in ('IN_TIMEOUT', 'RETRY_TIMEOUT')"
                        + " and node_name is not null and node_name <> ? order by id")
                .setParameter(1, PARTITION).setParameter(2, me).getResultList();
        return rows.stream().map(r -> new StuckRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (Timestamp) r[4])).toList();
    }

    /** Back to ACTIVE with no node, if it is still as it was seen; answers whether this call did it. */
    public boolean release(StuckRow row) {
        return em.createNativeQuery("update jboss_ejb_timer set timer_state = 'ACTIVE', node_name = null"
                        + " where id = ? and partition_name = ? and timer_state = ? and node_name = ?")
                .setParameter(1, row.id()).setParameter(2, PARTITION).setParameter(3, row.state())
                .setParameter(4, row.node()).executeUpdate() == 1;
    }
}

package uk.gov.pathway.panels.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.pathway.kernel.time.ClockMoved;

/**
 * The persistent timer that plans panels' meetings ahead: every morning (kept in the database timer store, so it
 * survives restarts and runs once across a cluster), soon after start, and whenever a test server's clock moves.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "ClockControl"})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MeetingPlanning {

    private static final Logger LOG = Logger.getLogger(MeetingPlanning.class.getName());

    @Resource
    TimerService timerService;

    @EJB
    MeetingPlanner planner;

    @PostConstruct
    void planSoonAfterStart() {
        timerService.createSingleActionTimer(25_000, new TimerConfig("panel meetings planned after start", false));
    }

    @Timeout
    void afterStart(Timer timer) {
        plan();
    }

    @Schedule(hour = "5", minute = "30", persistent = true, info = "panel meetings planned ahead every morning")
    void everyMorning() {
        plan();
    }

    public void clockMoved(@Observes ClockMoved moved) {
        plan();
    }

    public int plan() {
        try {
            int planned = planner.planAhead().size();
            if (planned > 0) {
                LOG.info("Panel meetings planned from the cadence: " + planned);
            }
            return planned;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Panel meetings could not be planned now; the next run tries again", e);
            return 0;
        }
    }
}

package uk.gov.pathway.kernel.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AccessTimeout;
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
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.time.ClockMoved;
import uk.gov.pathway.kernel.time.SystemClock;

/**
 * Catches up with everything due by the clock: deadlines whose timer has not fired (yet, or while the server was
 * down), escalations, drift, and e-mail not sent. Runs every 15 minutes on each server (a schedule that is not
 * persistent), once shortly after the server starts, and whenever a test server's clock is moved. One sweep at a time
 * on this server; across servers the conditional updates of {@link DeadlineFiring} keep each effect to one.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "ClockControl"})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
public class DeadlineSweep {

    /** What one sweep did. */
    public record Report(LocalDate today, int fired, int escalated, int drifting, int mailsSent) {
    }

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());
    private static final long START_DELAY_MS = 20_000;

    @Resource
    TimerService timerService;

    @Inject
    Clock clock;

    @EJB
    DeadlineFiring firing;

    @EJB
    MailOutbox outbox;

    @EJB
    SchoolCalendarService calendars;

    @PostConstruct
    void sweepSoonAfterStart() {
        timerService.createSingleActionTimer(START_DELAY_MS, new TimerConfig("deadline sweep after start", false));
    }

    @Timeout
    void afterStart(Timer timer) {
        sweep();
    }

    /**
     * On every node of a cluster, not persistent: a persistent schedule is one row of the timer store, which a node
     * killed during a sweep would leave in timeout, stopping the sweep everywhere; the sweep's effects are conditional
     * updates, once whichever node sweeps.
     */
    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "deadline sweep every 15 minutes")
    void everyQuarterHour() {
        sweep();
    }

    public void clockMoved(@Observes ClockMoved moved) {
        sweep();
    }

    public Report sweep() {
        LocalDate today = SystemClock.today(clock);
        DeadlineSettings settings = DeadlineSettings.configured();
        SchoolTimeline timeline = SchoolTimeline.ofCouncil(calendars.calendar());
        List<Long> mails = new ArrayList<>();
        int fired = each(firing.dueBy(today), id -> firing.fire(id), mails);
        int escalated = each(firing.toEscalate(today, timeline, settings.escalateAfterSchoolDays()),
                id -> firing.escalate(id), mails);
        int drifting = each(firing.drifting(today, timeline, settings.driftSchoolDays()),
                id -> firing.raiseDrift(id, settings.driftSchoolDays()), mails);
        int sent = (int) mails.stream().filter(outbox::send).count() + outbox.sendDue();
        Report report = new Report(today, fired, escalated, drifting, sent);
        if (fired + escalated + drifting > 0) {
            LOG.info("Deadline sweep for " + today + ": " + report);
        }
        return report;
    }

    /** Runs one step per id, each in its own transaction; one failing does not stop the others. */
    private static int each(List<Long> ids, java.util.function.Function<Long, List<Long>> step, List<Long> mails) {
        int done = 0;
        for (Long id : ids) {
            try {
                List<Long> queued = step.apply(id);
                if (!queued.isEmpty()) {
                    done++;
                    mails.addAll(queued);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Deadline sweep: step for " + id + " failed; the next sweep tries again", e);
            }
        }
        return done;
    }
}

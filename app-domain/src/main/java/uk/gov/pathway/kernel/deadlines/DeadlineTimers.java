package uk.gov.pathway.kernel.deadlines;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.time.SystemClock;

/**
 * One persistent single-action EJB timer per open deadline, at the start of its due date in England. The timers live
 * in the database timer store, so they survive a restart; when one expires it asks {@link DeadlineFiring} to fire
 * the deadline, which happens once whoever asks first (the timer or the sweep).
 */
@Stateless
@PermitAll
public class DeadlineTimers {

    private static final Logger LOG = Logger.getLogger(DeadlineTimers.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    Clock clock;

    @EJB
    DeadlineFiring firing;

    @EJB
    MailOutbox outbox;

    /** Sets the deadline's timer (inside the caller's transaction: no timer when the deadline is not stored). */
    public void start(long deadlineId, LocalDate due) {
        timerService.createSingleActionTimer(Date.from(realInstantOf(due)), new TimerConfig(deadlineId, true));
    }

    public void stop(long deadlineId) {
        for (Timer timer : timersOf(deadlineId)) {
            try {
                timer.cancel();
            } catch (RuntimeException e) {
                // the timer is the one expiring right now, or another server cancelled it first
                LOG.log(Level.FINE, "Timer of deadline " + deadlineId + " already gone", e);
            }
        }
    }

    /** When the deadline's timer will expire (real time), if it has one. */
    public Optional<Instant> next(long deadlineId) {
        return timersOf(deadlineId).stream().map(t -> t.getNextTimeout().toInstant()).min(Instant::compareTo);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void expired(Timer timer) {
        Serializable info = timer.getInfo();
        if (info instanceof Long deadlineId) {
            firing.fireIfDue(deadlineId).forEach(outbox::send);
        }
    }

    /**
     * The real time at which the clock reads the start of {@code due} in England: on a test server whose clock was
     * moved, the timer is set by that offset (the sweep catches up whenever the clock moves again).
     */
    private Instant realInstantOf(LocalDate due) {
        Duration offset = Duration.between(Instant.now(), clock.instant());
        return due.atStartOfDay(SystemClock.LONDON).toInstant().minus(offset);
    }

    private List<Timer> timersOf(long deadlineId) {
        return timerService.getTimers().stream().filter(t -> {
            try {
                return Long.valueOf(deadlineId).equals(t.getInfo());
            } catch (RuntimeException e) {
                return false;
            }
        }).toList();
    }
}

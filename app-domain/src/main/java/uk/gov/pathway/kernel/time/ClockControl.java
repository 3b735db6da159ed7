package uk.gov.pathway.kernel.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * Reads and, on a test server, moves the clock. The offset is stored before the clock moves and {@link ClockMoved} is
 * announced after that commit, so that the deadline sweep sees the new time and its effects are there when the
 * administrator's request answers.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
@RolesAllowed(Roles.ADMIN)
public class ClockControl {

    private static final Logger LOG = Logger.getLogger(ClockControl.class.getName());

    @Inject
    SystemClock system;

    @Inject
    Clock clock;

    @Inject
    Event<ClockMoved> moved;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    SessionContext context;

    @PostConstruct
    void restoreOffset() {
        system.adjustable().ifPresent(adjustable -> {
            ClockOffset stored = inTransaction(() -> em.find(ClockOffset.class, ClockOffset.THE_ROW));
            if (stored != null) {
                adjustable.setOffset(Duration.ofMillis(stored.offsetMillis()));
                LOG.info("Adjustable clock: restored the offset " + adjustable.offset() + "; it reads " + clock.instant());
            }
        });
    }

    @Lock(LockType.READ)
    public ClockView now() {
        Duration offset = system.adjustable().map(AdjustableClock::offset).orElse(Duration.ZERO);
        return new ClockView(clock.instant(), SystemClock.today(clock), offset, system.adjustable().isPresent());
    }

    /** Moves a test server's clock to read {@code now}; a production server's clock answers that it is not there. */
    @Lock(LockType.WRITE)
    public ClockView moveTo(Instant now) {
        if (now == null) {
            throw new IllegalArgumentException("Send the time the clock should read, e.g. {\"now\": \"2026-01-05T09:00:00Z\"}");
        }
        return apply(Duration.between(Instant.now(), now));
    }

    /** Back to real time (offset zero). */
    @Lock(LockType.WRITE)
    public ClockView reset() {
        return apply(Duration.ZERO);
    }

    private ClockView apply(Duration offset) {
        AdjustableClock adjustable = system.adjustable().orElseThrow(() -> new NotVisibleException(
                "An adjustable clock (this server runs on real time; a test server starts with -D"
                        + SystemClock.SWITCH + "=adjustable)"));
        String by = context.getCallerPrincipal().getName();
        inTransaction(() -> {
            ClockOffset stored = em.find(ClockOffset.class, ClockOffset.THE_ROW);
            if (stored == null) {
                em.persist(new ClockOffset(offset.toMillis(), by, Instant.now()));
            } else {
                stored.move(offset.toMillis(), by, Instant.now());
            }
            return null;
        });
        adjustable.setOffset(offset);
        LOG.info(by + " moved the clock to " + clock.instant() + " (offset " + offset + ")");
        moved.fire(new ClockMoved(clock.instant()));
        return now();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            transaction.begin();
            try {
                T result = work.get();
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The clock offset could not be read or stored", e);
        }
    }
}

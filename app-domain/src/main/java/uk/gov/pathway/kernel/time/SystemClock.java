package uk.gov.pathway.kernel.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one clock every rule reads, so that deadlines can be tested against a clock the test controls. A production
 * server reads the system clock and nothing can move it; a test server started with {@code -Dpathway.clock=adjustable}
 * gets one shared {@link AdjustableClock} (its offset kept in the database by {@link ClockControl}).
 */
@ApplicationScoped
public class SystemClock {

    public static final String SWITCH = "pathway.clock";
    /** Where "today" is: the councils Pathway serves are in England. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AdjustableClock adjustable = "adjustable".equals(
            ConfigProvider.getConfig().getOptionalValue(SWITCH, String.class).orElse(null))
            ? new AdjustableClock(Clock.systemUTC(), LONDON) : null;

    @Produces
    Clock clock() {
        return adjustable != null ? adjustable : Clock.systemDefaultZone();
    }

    /** Today in England by the given clock (the server's own zone may be UTC). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    /** The adjustable clock of a test server; empty on a production server. */
    public Optional<AdjustableClock> adjustable() {
        return Optional.ofNullable(adjustable);
    }
}

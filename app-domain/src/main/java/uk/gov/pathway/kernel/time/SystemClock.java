package uk.gov.pathway.kernel.time;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one clock every rule reads, so that deadlines can be tested against a clock the test controls. */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

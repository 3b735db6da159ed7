package uk.gov.pathway.kernel.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset that a test server's administrator moves ({@code PUT /api/v1/clock}), so that deadlines
 * are tested without waiting for them. Every copy ({@link #withZone}) shares the one offset.
 */
public final class AdjustableClock extends Clock {

    private final Clock real;
    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Clock real, ZoneId zone) {
        this(real, zone, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(Clock real, ZoneId zone, AtomicReference<Duration> offset) {
        this.real = real;
        this.zone = zone;
        this.offset = offset;
    }

    public void setOffset(Duration newOffset) {
        offset.set(newOffset);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new AdjustableClock(real, newZone, offset);
    }
}

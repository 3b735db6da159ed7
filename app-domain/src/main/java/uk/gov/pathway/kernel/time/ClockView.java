package uk.gov.pathway.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the server's clock reads: now, today in England, how far it was moved from real time, and whether it can be
 * moved at all (only on a test server).
 */
public record ClockView(Instant now, LocalDate today, Duration offset, boolean adjustable) {
}

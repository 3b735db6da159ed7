package uk.gov.pathway.kernel.time;

import java.time.Instant;

/** The administrator moved a test server's clock; announced (CDI event) after the new offset is stored. */
public record ClockMoved(Instant now) {
}

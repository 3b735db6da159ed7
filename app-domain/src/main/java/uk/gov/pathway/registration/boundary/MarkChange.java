package uk.gov.pathway.registration.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A mark a later import changed: the day and session, from which code to which, by which import and when. */
public record MarkChange(LocalDate date, String session, String oldCode, String newCode, String jobId, Instant changedAt) {
}

package uk.gov.pathway.registration.boundary;

import java.time.LocalDate;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.registration.entity.PupilDetails;

/** One pupil as a school's file states them: their details, the school they are on roll at, and since when (or null). */
public record PupilRegistration(int line, PupilDetails details, Laestab school, LocalDate entryDate) {
}

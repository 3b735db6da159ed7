package uk.gov.pathway.registration.boundary;

import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.registration.entity.SchoolPhase;
import uk.gov.pathway.registration.entity.Urn;

/** One school as a file or a form states it; {@code line} says where it came from, for error messages. */
public record SchoolRegistration(int line, Urn urn, Laestab laestab, String name, SchoolPhase phase, boolean sla) {
}

package uk.gov.pathway.kernel.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The audit trail keeps a child by their id; people search and read it by UPN. Registration, which owns pupils,
 * answers this port, so that the kernel never reads a module's tables.
 */
public interface PupilNumbers {

    /** The id of the pupil with this UPN, empty if there is none; a malformed UPN is refused naming the field "upn". */
    Optional<Long> idOf(String upn);

    /** The UPN of each of these pupils that exists. */
    Map<Long, String> upnsOf(Collection<Long> pupilIds);
}

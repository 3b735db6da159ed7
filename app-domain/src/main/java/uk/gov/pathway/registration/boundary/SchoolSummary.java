package uk.gov.pathway.registration.boundary;

import java.io.Serializable;
import uk.gov.pathway.registration.entity.School;

/** A school as lists and the API show it. */
public record SchoolSummary(String urn, String laestab, String name, String phase, boolean sla, String linkOfficer) implements Serializable {

    public static SchoolSummary of(School school) {
        return new SchoolSummary(school.urn().value(), school.laestab().value(), school.name(), school.phase().name(),
                school.tradedServiceSubscriber(), school.linkOfficer());
    }
}

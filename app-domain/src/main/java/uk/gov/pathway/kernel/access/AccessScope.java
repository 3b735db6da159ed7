package uk.gov.pathway.kernel.access;

import java.util.Set;
import uk.gov.pathway.kernel.identifiers.Laestab;

/**
 * Which schools' records a caller may see. Every service that returns school or pupil data narrows its query by
 * this scope, so that a screen or API can never show more than the service allows.
 */
public record AccessScope(boolean allSchools, Set<Laestab> schools) {

    public static final AccessScope NONE = new AccessScope(false, Set.of());
    public static final AccessScope ALL_SCHOOLS = new AccessScope(true, Set.of());

    public AccessScope {
        schools = Set.copyOf(schools);
    }

    public static AccessScope onlySchools(Set<Laestab> schools) {
        return new AccessScope(false, schools);
    }

    public boolean covers(Laestab school) {
        return allSchools || schools.contains(school);
    }

    public boolean coversNothing() {
        return !allSchools && schools.isEmpty();
    }
}

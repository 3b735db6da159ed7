package uk.gov.pathway.registration.boundary;

import uk.gov.pathway.registration.entity.SchoolPhase;

/**
 * A filtered, sorted page of the register. {@code text} matches name, URN or LAESTAB; {@code sort} is one of
 * name, urn, laestab, phase, sla.
 */
public record SchoolSearch(String text, SchoolPhase phase, Boolean sla, String sort, boolean ascending, int first,
                           int pageSize) {

    public static final int MAX_PAGE = 500;

    public SchoolSearch {
        if (first < 0) {
            throw new IllegalArgumentException("offset must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
    }

    public static SchoolSearch firstPage(int pageSize) {
        return new SchoolSearch(null, null, null, "name", true, 0, pageSize);
    }
}

package uk.gov.pathway.kernel.persistence;

/**
 * EclipseLink's batch reading as query hints (its QueryHints.BATCH and BATCH_TYPE), named as strings so that the
 * domain has no compile-time tie to the provider: a relation read for many rows in one more query, not one per row.
 */
public final class BatchReading {

    /** The relation to read in batch, e.g. "c.pupilIds"; may be given more than once. */
    public static final String BATCH = "eclipselink.batch";

    /** How: {@link #IN} reads the related rows of all the results with one IN list. */
    public static final String BATCH_TYPE = "eclipselink.batch.type";

    public static final String IN = "IN";

    /**
     * A relation (a path, e.g. "p.enrolments.school") read in the same query by outer joins (its QueryHints.LEFT_FETCH):
     * for a few rows whose relations are small, one query instead of one more per relation.
     */
    public static final String LEFT_FETCH = "eclipselink.left-join-fetch";

    private BatchReading() {
    }
}

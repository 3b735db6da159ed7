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

    private BatchReading() {
    }
}

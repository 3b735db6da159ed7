package uk.gov.pathway.registration.attendance;

/** A register session; AM comes before PM, which orders marks within a day. */
public enum Session {
    AM,
    PM
}

package uk.gov.pathway.registration.entity;

/** Where a school's request to take a child on roll from another school stands. */
public enum TransferStatus {
    PENDING, CONFIRMED, REFUSED
}

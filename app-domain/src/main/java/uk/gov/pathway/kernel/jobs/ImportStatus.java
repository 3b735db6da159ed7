package uk.gov.pathway.kernel.jobs;

public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}

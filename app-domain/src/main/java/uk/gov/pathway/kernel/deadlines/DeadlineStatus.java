package uk.gov.pathway.kernel.deadlines;

/** OPEN until it falls due; FIRED once (its task and e-mail went out); DONE when met; CANCELLED when no longer needed. */
public enum DeadlineStatus { OPEN, FIRED, DONE, CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}

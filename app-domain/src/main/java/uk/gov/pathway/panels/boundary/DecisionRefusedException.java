package uk.gov.pathway.panels.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A panel's decision the rules refuse (no quorum, no s447 consideration, no interview under caution, the neglect
 * threshold not shown): 422, naming the field to correct. Nothing is recorded.
 */
@ApplicationException(rollback = true)
public class DecisionRefusedException extends RuntimeException {

    private final String field;

    public DecisionRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

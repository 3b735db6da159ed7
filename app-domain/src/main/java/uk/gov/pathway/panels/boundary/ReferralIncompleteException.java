package uk.gov.pathway.panels.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A referral that does not meet the panel's requirements, with each missing item (422 with missingEvidence). */
@ApplicationException(rollback = true)
public class ReferralIncompleteException extends RuntimeException {

    private final List<String> missingEvidence;

    public ReferralIncompleteException(String message, List<String> missingEvidence) {
        super(message);
        this.missingEvidence = List.copyOf(missingEvidence);
    }

    public List<String> missingEvidence() {
        return missingEvidence;
    }
}

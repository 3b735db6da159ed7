package uk.gov.pathway.casework.boundary;

import java.util.List;
import jakarta.ejb.ApplicationException;

/** A step up refused at the pathway gate, with each missing item of evidence (answered 422 with missingEvidence). */
@ApplicationException(rollback = true)
public class GateNotMetException extends RuntimeException {

    private final List<String> missingEvidence;

    public GateNotMetException(String message, List<String> missingEvidence) {
        super(message);
        this.missingEvidence = List.copyOf(missingEvidence);
    }

    public List<String> missingEvidence() {
        return missingEvidence;
    }
}

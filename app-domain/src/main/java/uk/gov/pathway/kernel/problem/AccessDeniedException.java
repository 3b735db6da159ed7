package uk.gov.pathway.kernel.problem;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but their role does not allow this action. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}

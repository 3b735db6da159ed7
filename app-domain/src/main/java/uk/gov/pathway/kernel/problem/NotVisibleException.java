package uk.gov.pathway.kernel.problem;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist, or exists outside the caller's access scope: the two are never told apart,
 * so that nobody learns whether a child is known to the service by asking.
 */
@ApplicationException(rollback = true)
public class NotVisibleException extends RuntimeException {
    public NotVisibleException(String what) {
        super(what + " was not found");
    }
}

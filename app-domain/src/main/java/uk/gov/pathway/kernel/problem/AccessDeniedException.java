package uk.gov.pathway.kernel.problem;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but their role does not allow this action (or this field, when one is named). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private final String field;

    public AccessDeniedException(String message) {
        this(null, message);
    }

    public AccessDeniedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the caller may not change, or null when the whole action is refused. */
    public String field() {
        return field;
    }
}

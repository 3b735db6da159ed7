package uk.gov.pathway.legal.boundary;

import java.util.List;
import jakarta.ejb.ApplicationException;

/**
 * A penalty notice (or a step on one) refused by RULES.md, answered 422 problem+json naming the {@link #reason()}:
 * NOT_A_PARENT, SESSION_NOT_UNAUTHORISED, SESSION_ALREADY_COVERED, SESSION_UNDER_ORDER, LIMIT_REACHED (with the
 * alternative actions), NOT_WITHDRAWABLE, NOT_PAYABLE. Nothing of the request is written.
 */
@ApplicationException(rollback = true)
public class PenaltyNoticeRefusedException extends RuntimeException {

    public static final String NOT_A_PARENT = "NOT_A_PARENT";
    public static final String SESSION_NOT_UNAUTHORISED = "SESSION_NOT_UNAUTHORISED";
    public static final String SESSION_ALREADY_COVERED = "SESSION_ALREADY_COVERED";
    public static final String SESSION_UNDER_ORDER = "SESSION_UNDER_ORDER";
    public static final String LIMIT_REACHED = "LIMIT_REACHED";
    public static final String NOT_WITHDRAWABLE = "NOT_WITHDRAWABLE";
    public static final String NOT_PAYABLE = "NOT_PAYABLE";

    private final String reason;
    private final List<String> sessions;
    private final List<String> alternativeActions;

    public PenaltyNoticeRefusedException(String reason, String message, List<String> sessions,
                                         List<String> alternativeActions) {
        super(message);
        this.reason = reason;
        this.sessions = sessions == null ? null : List.copyOf(sessions);
        this.alternativeActions = alternativeActions == null ? null : List.copyOf(alternativeActions);
    }

    public PenaltyNoticeRefusedException(String reason, String message) {
        this(reason, message, null, null);
    }

    public String reason() {
        return reason;
    }

    /** The sessions refused, where the reason is about sessions; else null. */
    public List<String> sessions() {
        return sessions;
    }

    /** What the council may do instead, where the limit is reached; else null. */
    public List<String> alternativeActions() {
        return alternativeActions;
    }
}

package uk.gov.pathway.kernel.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * What a service manager searches the audit trail by; every part may be empty. From and to are days, both included.
 *
 * @param user   the exact user name
 * @param upn    the child's UPN
 * @param action READ, CHANGE or REFUSED
 */
public record AuditQuery(String user, String upn, AuditEvent.Action action, LocalDate from, LocalDate to) implements Serializable {

    public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        user = blankToNull(user);
        upn = blankToNull(upn) == null ? null : upn.strip().toUpperCase(Locale.ROOT);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "to (" + to + ") is before from (" + from + ")");
        }
    }

    /** READ, CHANGE or REFUSED in any case; empty for all; anything else is refused naming the field "action". */
    public static AuditEvent.Action action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AuditEvent.Action.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "action must be READ, CHANGE or REFUSED; got '" + text + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

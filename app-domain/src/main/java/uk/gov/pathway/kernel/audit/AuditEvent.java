package uk.gov.pathway.kernel.audit;

/**
 * A read or a change of a child's record, announced by the module that served it (as a CDI event). The kernel's audit
 * trail adds who, when and from where, and keeps it in an append-only table.
 *
 * @param action  READ, CHANGE, or REFUSED (a read or change of something that exists, refused to the caller)
 * @param pupilId the child whose record it is (null when the record is not a single child's, e.g. a family case)
 * @param subject what was read or changed, e.g. "case 1050" or "pupil K801200001001"
 * @param detail  a short description a service manager can read, e.g. "stepped up to L2"
 */
public record AuditEvent(Action action, Long pupilId, String subject, String detail) {

    public enum Action { READ, CHANGE, REFUSED }

    public AuditEvent {
        if (action == null || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an action and a subject; got " + action + ", "
                    + subject);
        }
    }

    public static AuditEvent read(Long pupilId, String subject, String detail) {
        return new AuditEvent(Action.READ, pupilId, subject, detail);
    }

    public static AuditEvent change(Long pupilId, String subject, String detail) {
        return new AuditEvent(Action.CHANGE, pupilId, subject, detail);
    }

    public static AuditEvent refused(Long pupilId, String subject, String detail) {
        return new AuditEvent(Action.REFUSED, pupilId, subject, detail);
    }
}

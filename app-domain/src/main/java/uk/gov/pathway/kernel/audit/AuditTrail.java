package uk.gov.pathway.kernel.audit;

import java.time.Clock;
import java.util.logging.Logger;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps every {@link AuditEvent} in the audit trail, in the transaction of the service that announced it: a change
 * that rolls back leaves no entry, and an entry that cannot be written rolls the change back. A refusal is the
 * exception: it rolls the caller's transaction back, so it is kept in a transaction of its own ({@link #refused}).
 */
@Stateless
@PermitAll
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    /** Elytron's name for a thread without a signed-in person (timers, start-up work). */
    private static final String ANONYMOUS = "anonymous";

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    AuditOrigin origin;

    @Inject
    Clock clock;

    public void record(@Observes AuditEvent event) {
        em.persist(entry(event));
    }

    /**
     * A read (or change) of something that exists, refused to the caller: kept whatever becomes of the caller's
     * transaction (which the refusal rolls back), and logged as a warning. The caller's answer does not change.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Long pupilId, String subject, String detail) {
        AuditEntry entry = entry(AuditEvent.refused(pupilId, subject, detail));
        em.persist(entry);
        LOG.warning(() -> "Refused: " + entry.username() + " from " + entry.remoteAddress() + " (" + entry.request()
                + "): " + entry.subject() + (detail == null ? "" : ", " + detail));
    }

    private AuditEntry entry(AuditEvent event) {
        String address = AuditOrigin.SERVER;
        String request = AuditOrigin.SERVER;
        String startedBy = null;
        boolean fromClient = false;
        try {
            address = origin.address();
            request = origin.request();
            startedBy = origin.startedBy();
            fromClient = origin.fromClient();
        } catch (ContextNotActiveException e) {
            // No request context: work the server started itself, recorded as "server".
        }
        String caller = context.getCallerPrincipal() == null ? ANONYMOUS : context.getCallerPrincipal().getName();
        String username = startedBy != null ? startedBy : !fromClient && ANONYMOUS.equals(caller) ? "system" : caller;
        return new AuditEntry(event, clock.instant(), username, address, request);
    }
}

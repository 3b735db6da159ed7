package uk.gov.pathway.kernel.audit;

import java.time.Clock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps every {@link AuditEvent} in the audit trail, in the transaction of the service that announced it: a change
 * that rolls back leaves no entry, and an entry that cannot be written rolls the change back.
 */
@Stateless
@PermitAll
public class AuditTrail {

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
        em.persist(new AuditEntry(event, clock.instant(), username, address, request));
    }
}

package uk.gov.pathway.kernel.audit;

import java.time.Clock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Failed and refused sign-ins in the audit trail: the user name tried (as the entry's user, so that a search by user
 * finds the attempts on that account), the subject "sign-in", what happened, the client's address and the request.
 * Nobody is signed in when this is written, so the web layer passes where the attempt came from. Recorded as
 * REFUSED, like a refused read: an attempt to get at the records that was turned away.
 */
@Stateless
@PermitAll
public class SignInAudit {

    public static final String SUBJECT = "sign-in";
    public static final String FAILED = "sign-in failed: wrong user name or password";
    public static final String THROTTLED = "sign-in refused: too many failed sign-ins for this user name";

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    Clock clock;

    public void failed(String userName, String remoteAddress, String request, boolean throttled) {
        String tried = userName == null || userName.isBlank() ? "(no user name)" : userName.strip();
        em.persist(new AuditEntry(AuditEvent.refused(null, SUBJECT, throttled ? THROTTLED : FAILED), clock.instant(),
                tried, remoteAddress, request));
    }
}

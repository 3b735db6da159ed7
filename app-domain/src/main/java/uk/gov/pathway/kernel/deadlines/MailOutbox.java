package uk.gov.pathway.kernel.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.cluster.ClusterNode;
import uk.gov.pathway.kernel.mail.MailNotSent;
import uk.gov.pathway.kernel.mail.MailSender;

/**
 * E-mail through the outbox: {@link #queue} writes the message in the caller's transaction; {@link #send} sends it
 * through the kernel's {@link MailSender} (the server's mail session, in app-integration) once that has committed, and
 * marks it sent. What could not go out is tried again by the deadline sweep when due ({@link #sendDue}, back-off by
 * {@link MailRetry}), each message in its own transaction, so an address the mail server refuses delays no other;
 * after the last attempt it is FAILED ({@link #failed}, on the administrator's System health page).
 */
@Stateless
@PermitAll
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Inject
    MailSender sender;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = MailRetry.MAX_ATTEMPTS, defaultValue = "" + MailRetry.DEFAULT_MAX_ATTEMPTS)
    int maxAttempts;

    /** A message given up: what the administrator sees (the subject names no child beyond what it says). */
    public record FailedMail(long id, String recipient, String subject, int attempts, String lastError,
                             java.time.Instant failedAt) {
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long queue(@NotBlank String recipient, @NotNull String subject, @NotNull String body) {
        MailMessage message = new MailMessage(recipient, subject, body, clock.instant());
        em.persist(message);
        em.flush();
        return message.id();
    }

    /**
     * Sends one message if it is due (not sent, not given up, its time come); answers whether it is sent. At most
     * once: the message is claimed in a transaction of its own (a second server waits on the row lock, then finds it
     * claimed), handed to the mail server, and the outcome recorded in another; a claim older than
     * {@code pathway.cluster.takeover-after-seconds} is a server that stopped in between, and the message is given
     * up as in doubt rather than sent twice.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean send(long id) {
        MailOutbox self = context.getBusinessObject(MailOutbox.class);
        Claim claim = self.claim(id);
        if (claim.message() == null) {
            return claim.sent();
        }
        try {
            sender.send(claim.message().recipient(), claim.message().subject(), claim.message().body());
            self.recordSent(id);
            return true;
        } catch (MailNotSent | RuntimeException e) {
            self.recordFailed(id, e.getMessage());
            return false;
        }
    }

    /** What {@link #claim} found: the message to send now (claimed), or none and whether it had gone already. */
    public record Claim(MailMessage message, boolean sent) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(long id) {
        MailMessage message = em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.sentAt() != null) {
            return new Claim(null, message != null);
        }
        Instant now = clock.instant();
        if (message.sendingSince() != null) {
            if (Duration.between(message.sendingSince(), now).compareTo(ClusterNode.takeoverAfter()) >= 0) {
                message.inDoubt(now);
                LOG.warning("E-mail " + id + " to " + message.recipient() + " was being sent by "
                        + message.sendingNode() + " since " + message.sendingSince() + ", which stopped: in doubt,"
                        + " given up (FAILED) rather than sent twice");
            }
            return new Claim(null, false);
        }
        if (!message.due(now)) {
            return new Claim(null, false);
        }
        message.claim(now, ClusterNode.name());
        return new Claim(message, false);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSent(long id) {
        em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE).sent(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailed(long id, String error) {
        MailMessage message = em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        message.failed(error, clock.instant(), new MailRetry(maxAttempts));
        LOG.log(Level.WARNING, "E-mail " + id + " to " + message.recipient() + " not sent (attempt "
                + message.attempts() + "); " + (message.failedAt() != null ? "given up: FAILED"
                : "tried again at " + message.nextAttemptAt()) + ": " + error);
    }

    /** Tries every message that is due, each in its own transaction; answers how many went. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        MailOutbox self = context.getBusinessObject(MailOutbox.class);
        int sent = 0;
        for (Long id : self.due()) {
            try {
                if (self.send(id)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "E-mail " + id + " could not be tried; the next sweep tries again", e);
            }
        }
        return sent;
    }

    /** The messages due now, longest waiting first (at most 500 a sweep). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> due() {
        return em.createNamedQuery(MailMessage.DUE, Long.class).setParameter("now", clock.instant())
                .setMaxResults(500).getResultList();
    }

    /** The messages given up, newest first. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<FailedMail> failed(int max) {
        return em.createNamedQuery(MailMessage.FAILED, MailMessage.class).setMaxResults(max).getResultStream()
                .map(m -> new FailedMail(m.id(), m.recipient(), m.subject(), m.attempts(), m.lastError(), m.failedAt()))
                .toList();
    }
}

package uk.gov.pathway.kernel.deadlines;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.mail.MailNotSent;
import uk.gov.pathway.kernel.mail.MailSender;

/**
 * E-mail through the outbox: {@link #queue} writes the message in the caller's transaction; {@link #send} sends it
 * through the kernel's {@link MailSender} (the server's mail session, in app-integration) once that has committed, and marks it sent. What could not go out stays unsent
 * and the deadline sweep tries it again ({@link #sendUnsent}).
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

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long queue(String recipient, String subject, String body) {
        MailMessage message = new MailMessage(recipient, subject, body, clock.instant());
        em.persist(message);
        em.flush();
        return message.id();
    }

    /** Sends one message unless it went already; answers whether it is sent. A second server waits on the row lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long id) {
        MailMessage message = em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.sentAt() != null) {
            return message != null;
        }
        try {
            sender.send(message.recipient(), message.subject(), message.body());
            message.sent(clock.instant());
            return true;
        } catch (MailNotSent e) {
            LOG.log(Level.WARNING, "E-mail " + id + " to " + message.recipient() + " not sent; it will be tried again: "
                    + e.getMessage());
            message.failed(e.getMessage());
            return false;
        }
    }

    /** Tries every unsent message again, each in its own transaction; answers how many went. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendUnsent() {
        MailOutbox self = context.getBusinessObject(MailOutbox.class);
        int sent = 0;
        for (Long id : self.unsent()) {
            if (self.send(id)) {
                sent++;
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> unsent() {
        return em.createNamedQuery(MailMessage.UNSENT, Long.class).setMaxResults(500).getResultList();
    }
}

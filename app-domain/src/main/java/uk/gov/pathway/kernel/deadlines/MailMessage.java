package uk.gov.pathway.kernel.deadlines;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An e-mail in the outbox: written in the transaction that decided to send it, sent after that commits, and kept
 * until it went out (a mail server that is down delays it; it never loses the task it tells of).
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = MailMessage.UNSENT, query = "select m.id from MailMessage m where m.sentAt is null order by m.id")
public class MailMessage {

    public static final String UNSENT = "MailMessage.unsent";

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 200)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    private long version;

    protected MailMessage() {
    }

    MailMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        this.body = body.length() > 4000 ? body.substring(0, 3999) + "…" : body;
        this.createdAt = createdAt;
    }

    void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}

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
 * until it went out (a mail server that is down delays it; it never loses the task it tells of). What does not go is
 * tried again when due ({@link MailRetry}) until it is given up: FAILED, for the administrator to see.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = MailMessage.DUE, query = "select m.id from MailMessage m where m.sentAt is null and m.failedAt is null"
        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = MailMessage.FAILED, query = "select m from MailMessage m where m.failedAt is not null"
        + " order by m.failedAt desc, m.id desc")
public class MailMessage {

    public static final String DUE = "MailMessage.due";
    public static final String FAILED = "MailMessage.failed";

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

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "sending_since")
    private Instant sendingSince;

    @Column(name = "sending_node", length = 100)
    private String sendingNode;

    @Version
    private long version;

    protected MailMessage() {
    }

    MailMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        this.body = body.length() > 4000 ? body.substring(0, 3999) + "…" : body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Neither sent nor given up, and its time has come. */
    boolean due(Instant now) {
        return sentAt == null && failedAt == null && !nextAttemptAt.isAfter(now);
    }

    void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
        sendingSince = null;
        sendingNode = null;
    }

    /** About to be handed to the mail server by {@code node}. */
    void claim(Instant at, String node) {
        sendingSince = at;
        sendingNode = node;
    }

    /** When a server began to hand it to the mail server without recording the outcome (yet), if one did. */
    Instant sendingSince() {
        return sendingSince;
    }

    String sendingNode() {
        return sendingNode;
    }

    /**
     * A server stopped between handing it to the mail server and recording that: it may have gone, so it is given up
     * rather than sent a second time (FAILED, on System health; the task it tells of is in the inbox).
     */
    void inDoubt(Instant at) {
        lastError = "In doubt: server " + sendingNode + " stopped while sending it (" + sendingSince + "); not sent"
                + " again, so that nobody receives it twice";
        failedAt = at;
        sendingSince = null;
        sendingNode = null;
    }

    /** One more attempt failed at {@code at}: due again after the retry's back-off, or FAILED after its last. */
    void failed(String error, Instant at, MailRetry retry) {
        attempts++;
        sendingSince = null;
        sendingNode = null;
        lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        retry.nextAttempt(attempts, at).ifPresentOrElse(next -> nextAttemptAt = next, () -> failedAt = at);
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

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant failedAt() {
        return failedAt;
    }
}

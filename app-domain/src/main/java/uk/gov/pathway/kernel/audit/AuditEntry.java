package uk.gov.pathway.kernel.audit;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One read or change of a child's record in the audit trail: who, when, what and from where. Written once and never
 * changed: no setter, no column the provider may update, and on PostgreSQL a trigger refuses UPDATE, DELETE and
 * TRUNCATE of the table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int USERNAME = 100;
    static final int SUBJECT = 200;
    static final int DETAIL = 1000;
    static final int ADDRESS = 100;
    static final int REQUEST = 500;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "username", nullable = false, updatable = false, length = USERNAME)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 10)
    private AuditEvent.Action action;

    @Column(name = "pupil_id", updatable = false)
    private Long pupilId;

    @Column(name = "subject", nullable = false, updatable = false, length = SUBJECT)
    private String subject;

    @Column(name = "detail", updatable = false, length = DETAIL)
    private String detail;

    @Column(name = "remote_address", nullable = false, updatable = false, length = ADDRESS)
    private String remoteAddress;

    @Column(name = "request", nullable = false, updatable = false, length = REQUEST)
    private String request;

    protected AuditEntry() {
    }

    public AuditEntry(AuditEvent event, Instant at, String username, String remoteAddress, String request) {
        if (event == null || at == null || username == null || username.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs the event, when and who; got " + event + ", " + at
                    + ", " + username);
        }
        this.at = at;
        this.username = fit(username, USERNAME);
        this.action = event.action();
        this.pupilId = event.pupilId();
        this.subject = fit(event.subject(), SUBJECT);
        this.detail = fit(event.detail(), DETAIL);
        this.remoteAddress = fit(remoteAddress == null ? AuditOrigin.SERVER : remoteAddress, ADDRESS);
        this.request = fit(request == null ? AuditOrigin.SERVER : request, REQUEST);
    }

    /** Longer text is cut to the column, marked with an ellipsis, rather than losing the whole entry. */
    static String fit(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String username() {
        return username;
    }

    public AuditEvent.Action action() {
        return action;
    }

    public Long pupilId() {
        return pupilId;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public String request() {
        return request;
    }
}

package uk.gov.pathway.panels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's declared conflict of interest in a case on a meeting's agenda: they get no papers for that case. */
@Entity
@Table(name = "panel_conflict")
@NamedQuery(name = Conflict.OF_MEETING, query = "SELECT c FROM Conflict c WHERE c.meetingId = :meeting ORDER BY c.id")
public class Conflict {

    public static final String OF_MEETING = "Conflict.ofMeeting";

    @Id
    @SequenceGenerator(name = "panel_conflict_seq", sequenceName = "panel_conflict_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_conflict_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Conflict() {
    }

    public Conflict(long meetingId, long caseId, String username, String reason, Instant declaredAt) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new IllegalArgumentException("reason is required (at most 1000 characters): the conflict declared");
        }
        this.meetingId = meetingId;
        this.caseId = caseId;
        this.username = username;
        this.reason = reason.strip();
        this.declaredAt = declaredAt;
    }

    public long caseId() {
        return caseId;
    }

    public String username() {
        return username;
    }

    public String reason() {
        return reason;
    }
}

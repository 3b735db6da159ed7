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
import java.time.LocalDate;

/** A case on a meeting's agenda, from its referral; the day the panel decided on it, once it has. */
@Entity
@Table(name = "panel_agenda_item")
@NamedQuery(name = AgendaItem.OF_MEETING, query = "SELECT a FROM AgendaItem a WHERE a.meetingId = :meeting"
        + " ORDER BY a.listedAt, a.id")
@NamedQuery(name = AgendaItem.OF_MEETINGS, query = "SELECT a FROM AgendaItem a WHERE a.meetingId IN :meetings"
        + " ORDER BY a.listedAt, a.id")
public class AgendaItem {

    public static final String OF_MEETING = "AgendaItem.ofMeeting";
    public static final String OF_MEETINGS = "AgendaItem.ofMeetings";

    @Id
    @SequenceGenerator(name = "panel_agenda_item_seq", sequenceName = "panel_agenda_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_agenda_item_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Column(name = "listed_by", nullable = false, length = 100)
    private String listedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    protected AgendaItem() {
    }

    public AgendaItem(long meetingId, long referralId, long caseId, Instant listedAt, String listedBy) {
        this.meetingId = meetingId;
        this.referralId = referralId;
        this.caseId = caseId;
        this.listedAt = listedAt;
        this.listedBy = listedBy;
    }

    public void decided(LocalDate on) {
        decidedOn = on;
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public long referralId() {
        return referralId;
    }

    public long caseId() {
        return caseId;
    }

    public Instant listedAt() {
        return listedAt;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}

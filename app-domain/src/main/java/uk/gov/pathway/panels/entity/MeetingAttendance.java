package uk.gov.pathway.panels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Who came to a meeting (PRESENT) and who sent apologies, with the agency they represent. */
@Entity
@Table(name = "panel_attendance")
@NamedQuery(name = MeetingAttendance.OF_MEETING, query = "SELECT a FROM MeetingAttendance a"
        + " WHERE a.meetingId = :meeting ORDER BY a.id")
public class MeetingAttendance {

    public static final String OF_MEETING = "MeetingAttendance.ofMeeting";

    public enum Status { PRESENT, APOLOGIES }

    @Id
    @SequenceGenerator(name = "panel_attendance_seq", sequenceName = "panel_attendance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_attendance_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency", nullable = false, length = 40)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    protected MeetingAttendance() {
    }

    public MeetingAttendance(long meetingId, String username, Agency agency, Status status) {
        this.meetingId = meetingId;
        this.username = username;
        this.agency = agency;
        this.status = status;
    }

    public void status(Status now) {
        status = now;
    }

    public String username() {
        return username;
    }

    public Agency agency() {
        return agency;
    }

    public Status status() {
        return status;
    }
}

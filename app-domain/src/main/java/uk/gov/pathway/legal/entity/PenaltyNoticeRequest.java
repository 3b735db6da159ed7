package uk.gov.pathway.legal.entity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
 * A school's request that the council issue a penalty notice, with the evidence the council's code of conduct asks for
 * (the sessions, the letters sent, for a holiday the leave-of-absence request and its refusal, the support offered),
 * and the council's decision, due by {@link #decideBy()}.
 */
@Entity
@Table(name = "penalty_notice_request")
@NamedQuery(name = PenaltyNoticeRequest.ALL, query = "select r from PenaltyNoticeRequest r order by r.requestedOn desc, r.id desc")
@NamedQuery(name = PenaltyNoticeRequest.OF_SCHOOL, query = "select r from PenaltyNoticeRequest r where r.laestab = :laestab order by r.requestedOn desc, r.id desc")
@NamedQuery(name = PenaltyNoticeRequest.OF_UPNS, query = "select r from PenaltyNoticeRequest r where r.upn in :upns")
public class PenaltyNoticeRequest {

    public static final String ALL = "PenaltyNoticeRequest.all";
    public static final String OF_SCHOOL = "PenaltyNoticeRequest.ofSchool";
    public static final String OF_UPNS = "PenaltyNoticeRequest.ofUpns";

    public enum Status { WAITING, APPROVED, DECLINED }

    @Id
    @SequenceGenerator(name = "penalty_notice_request_seq", sequenceName = "penalty_notice_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "penalty_notice_request_seq")
    private Long id;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "upn", nullable = false, length = 13)
    private String upn;

    @Column(name = "laestab", nullable = false, length = 7)
    private String laestab;

    @Column(name = "sessions", nullable = false, length = 4000)
    private String sessions;

    @Column(name = "letters_sent", nullable = false, length = 2000)
    private String lettersSent;

    @Column(name = "leave_request", length = 2000)
    private String leaveRequest;

    @Column(name = "support_offered", nullable = false, length = 2000)
    private String supportOffered;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "decide_by", nullable = false)
    private LocalDate decideBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Version
    private long version;

    protected PenaltyNoticeRequest() {
    }

    public PenaltyNoticeRequest(long pupilId, String upn, String laestab, List<PenaltyNoticeSession> sessions,
                                String lettersSent, String leaveRequest, String supportOffered, String requestedBy,
                                LocalDate requestedOn, LocalDate decideBy) {
        this.pupilId = pupilId;
        this.upn = upn;
        this.laestab = laestab;
        this.sessions = String.join(",", sessions.stream().sorted().map(Object::toString).toList());
        this.lettersSent = lettersSent;
        this.leaveRequest = leaveRequest;
        this.supportOffered = supportOffered;
        this.requestedBy = requestedBy;
        this.requestedOn = requestedOn;
        this.decideBy = decideBy;
        this.status = Status.WAITING;
    }

    public void decide(Status decision, String note, LocalDate on, String by) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("Request " + id + " was already decided (" + status + ") on " + decidedOn);
        }
        if (decision == Status.WAITING) {
            throw new IllegalArgumentException("A decision is APPROVED or DECLINED");
        }
        status = decision;
        decisionNote = note;
        decidedOn = on;
        decidedBy = by;
    }

    public Long id() {
        return id;
    }

    public long pupilId() {
        return pupilId;
    }

    public String upn() {
        return upn;
    }

    public String laestab() {
        return laestab;
    }

    public List<String> sessions() {
        return Arrays.asList(sessions.split(","));
    }

    public String lettersSent() {
        return lettersSent;
    }

    public String leaveRequest() {
        return leaveRequest;
    }

    public String supportOffered() {
        return supportOffered;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public LocalDate decideBy() {
        return decideBy;
    }

    public Status status() {
        return status;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }
}

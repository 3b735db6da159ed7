package uk.gov.pathway.legal.entity;

import java.time.LocalDate;
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
import jakarta.persistence.Version;

/**
 * A notice to improve to one parent: a final chance before a penalty notice, with an improvement period of 3 to 6
 * school weeks counted on the council's calendar, and its outcome.
 */
// DfE "Working together to improve school attendance" (2024) and the 2007 Regulations as amended; spec/RULES.md
@Entity
@Table(name = "notice_to_improve")
@NamedQuery(name = NoticeToImprove.ALL, query = "select n from NoticeToImprove n order by n.issuedOn desc, n.id desc")
@NamedQuery(name = NoticeToImprove.OF_UPNS, query = "select n from NoticeToImprove n where n.upn in :upns")
public class NoticeToImprove {

    public static final String ALL = "NoticeToImprove.all";
    public static final String OF_UPNS = "NoticeToImprove.ofUpns";

    /** The shortest and the longest improvement period, in school weeks. */
    public static final int MIN_SCHOOL_WEEKS = 3;
    public static final int MAX_SCHOOL_WEEKS = 6;

    public enum Outcome { IMPROVED, NOT_IMPROVED }

    @Id
    @SequenceGenerator(name = "notice_to_improve_seq", sequenceName = "notice_to_improve_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_to_improve_seq")
    private Long id;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "upn", nullable = false, length = 13)
    private String upn;

    @Column(name = "laestab", length = 7)
    private String laestab;

    @Column(name = "carer_id", nullable = false)
    private long carerId;

    @Column(name = "carer_name", nullable = false, length = 201)
    private String carerName;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "school_weeks", nullable = false)
    private int schoolWeeks;

    @Column(name = "period_ends", nullable = false)
    private LocalDate periodEnds;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "outcome_note", length = 2000)
    private String outcomeNote;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Version
    private long version;

    protected NoticeToImprove() {
    }

    public NoticeToImprove(long pupilId, String upn, String laestab, long carerId, String carerName, Long requestId,
                           LocalDate issuedOn, int schoolWeeks, LocalDate periodEnds, String issuedBy) {
        requireWeeks(schoolWeeks);
        this.pupilId = pupilId;
        this.upn = upn;
        this.laestab = laestab;
        this.carerId = carerId;
        this.carerName = carerName;
        this.requestId = requestId;
        this.issuedOn = issuedOn;
        this.schoolWeeks = schoolWeeks;
        this.periodEnds = periodEnds;
        this.issuedBy = issuedBy;
    }

    public static void requireWeeks(int schoolWeeks) {
        if (schoolWeeks < MIN_SCHOOL_WEEKS || schoolWeeks > MAX_SCHOOL_WEEKS) {
            throw new IllegalArgumentException("An improvement period is " + MIN_SCHOOL_WEEKS + " to " + MAX_SCHOOL_WEEKS
                    + " school weeks; got " + schoolWeeks);
        }
    }

    public void conclude(Outcome outcome, String note, LocalDate on) {
        if (this.outcome != null) {
            throw new IllegalStateException("Notice to improve " + id + " already has its outcome (" + this.outcome + ")");
        }
        this.outcome = outcome;
        this.outcomeNote = note;
        this.outcomeOn = on;
    }

    /** Running on the day: issued, its period not yet over and no outcome recorded. */
    public boolean runningOn(LocalDate day) {
        return outcome == null && !day.isBefore(issuedOn) && !day.isAfter(periodEnds);
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

    public long carerId() {
        return carerId;
    }

    public String carerName() {
        return carerName;
    }

    public Long requestId() {
        return requestId;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public int schoolWeeks() {
        return schoolWeeks;
    }

    public LocalDate periodEnds() {
        return periodEnds;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate outcomeOn() {
        return outcomeOn;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public String issuedBy() {
        return issuedBy;
    }
}

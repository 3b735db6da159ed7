package uk.gov.pathway.casework.entity;

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

/**
 * A parent's interview under caution (PACE 1984 Code C), recorded on the case: when and where, who was present, the
 * caution given, the parent's account and the reference of the recording. It comes before any decision to prosecute;
 * an s444(1A) charge against a parent needs that parent's interview (RULES.md).
 */
@Entity
@Table(name = "case_interview")
@NamedQuery(name = InterviewUnderCaution.OF_CASE,
        query = "SELECT i FROM InterviewUnderCaution i WHERE i.caseId = :caseId ORDER BY i.interviewedOn, i.id")
public class InterviewUnderCaution {

    public static final String OF_CASE = "InterviewUnderCaution.ofCase";

    @Id
    @SequenceGenerator(name = "case_interview_seq", sequenceName = "case_interview_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_interview_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "carer_id", nullable = false)
    private long carerId;

    @Column(name = "interviewed_on", nullable = false)
    private LocalDate interviewedOn;

    @Column(name = "place", nullable = false, length = 300)
    private String place;

    @Column(name = "present", nullable = false, length = 1000)
    private String present;

    @Column(name = "caution", nullable = false, length = 1000)
    private String caution;

    @Column(name = "parent_account", nullable = false, length = 8000)
    private String account;

    @Column(name = "recording_reference", nullable = false, length = 200)
    private String recordingReference;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected InterviewUnderCaution() {
    }

    /** What the interviewing officer records; each PACE Code C detail is required. */
    public record Details(Long carerId, LocalDate interviewedOn, String place, String present, String caution,
                          String account, String recordingReference) {
        public Details {
            if (carerId == null) {
                throw new IllegalArgumentException("carerId (the parent interviewed) is required");
            }
            if (interviewedOn == null) {
                throw new IllegalArgumentException("interviewedOn (the date of the interview) is required");
            }
            CaseFile.text("place", place, 300, true);
            CaseFile.text("present", present, 1000, true);
            CaseFile.text("caution", caution, 1000, true);
            CaseFile.text("account", account, 8000, true);
            CaseFile.text("recordingReference", recordingReference, 200, true);
        }
    }

    public InterviewUnderCaution(long caseId, Details d, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.carerId = d.carerId();
        this.interviewedOn = d.interviewedOn();
        this.place = d.place().strip();
        this.present = d.present().strip();
        this.caution = d.caution().strip();
        this.account = d.account().strip();
        this.recordingReference = d.recordingReference().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long carerId() {
        return carerId;
    }

    public LocalDate interviewedOn() {
        return interviewedOn;
    }

    public String place() {
        return place;
    }

    public String present() {
        return present;
    }

    public String caution() {
        return caution;
    }

    public String account() {
        return account;
    }

    public String recordingReference() {
        return recordingReference;
    }

    public String recordedBy() {
        return recordedBy;
    }
}

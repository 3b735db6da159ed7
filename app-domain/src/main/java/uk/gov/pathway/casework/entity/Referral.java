package uk.gov.pathway.casework.entity;

import java.io.Serializable;
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
import uk.gov.pathway.kernel.identifiers.Laestab;

/**
 * A school's referral through the portal, with what the Knowsley handbook asks schools to gather (attendance now and
 * over three years, siblings, parents, exclusions, SEND, medical and GP, pastoral support, Early Help Assessment,
 * other agencies, extenuating factors), and the officer's triage.
 */
@Entity
@Table(name = "referral")
@NamedQuery(name = Referral.WITH_STATUS, query = "SELECT r FROM Referral r WHERE r.status = :status ORDER BY r.referredOn, r.id")
@NamedQuery(name = Referral.OF_SCHOOLS, query = "SELECT r FROM Referral r WHERE r.school IN :schools ORDER BY r.referredOn DESC, r.id DESC")
@NamedQuery(name = Referral.ALL, query = "SELECT r FROM Referral r ORDER BY r.referredOn DESC, r.id DESC")
public class Referral {

    public static final String WITH_STATUS = "Referral.withStatus";
    public static final String OF_SCHOOLS = "Referral.ofSchools";
    public static final String ALL = "Referral.all";

    /** A referral not suitable for now is reviewed within at most six weeks (Knowsley handbook, Level 2 step 1). */
    public static final int NOT_SUITABLE_MAX_WEEKS = 6;

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "laestab", nullable = false, length = 7)
    private Laestab school;

    @Column(name = "referred_by", nullable = false, length = 100)
    private String referredBy;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "reason", nullable = false, length = 4000)
    private String reason;

    @Column(name = "attendance_summary", nullable = false, length = 2000)
    private String attendanceSummary;

    @Column(name = "attendance_history", nullable = false, length = 2000)
    private String attendanceHistory;

    @Column(name = "siblings", length = 2000)
    private String siblings;

    @Column(name = "parents", length = 2000)
    private String parents;

    @Column(name = "exclusions", length = 2000)
    private String exclusions;

    @Column(name = "send_information", length = 2000)
    private String sendInformation;

    @Column(name = "medical_and_gp", length = 2000)
    private String medicalAndGp;

    @Column(name = "pastoral_support", length = 2000)
    private String pastoralSupport;

    @Column(name = "early_help_assessment", length = 2000)
    private String earlyHelpAssessment;

    @Column(name = "other_agencies", length = 2000)
    private String otherAgencies;

    @Column(name = "extenuating_factors", length = 2000)
    private String extenuatingFactors;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "triaged_by", length = 100)
    private String triagedBy;

    @Column(name = "triaged_on")
    private LocalDate triagedOn;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(name = "case_id")
    private Long caseId;

    @Version
    private long version;

    /** What the school writes; the attendance parts are pre-filled from the marks and may be added to. */
    public record Details(String reason, String attendanceSummary, String attendanceHistory, String siblings,
                          String parents, String exclusions, String sendInformation, String medicalAndGp,
                          String pastoralSupport, String earlyHelpAssessment, String otherAgencies,
                          String extenuatingFactors) implements Serializable {
        public Details {
            CaseFile.text("reason", reason, 4000, false); // the form comes pre-filled without one: refer() requires it
            CaseFile.text("attendanceSummary", attendanceSummary, 2000, true);
            CaseFile.text("attendanceHistory", attendanceHistory, 2000, true);
            CaseFile.text("siblings", siblings, 2000, false);
            CaseFile.text("parents", parents, 2000, false);
            CaseFile.text("exclusions", exclusions, 2000, false);
            CaseFile.text("sendInformation", sendInformation, 2000, false);
            CaseFile.text("medicalAndGp", medicalAndGp, 2000, false);
            CaseFile.text("pastoralSupport", pastoralSupport, 2000, false);
            CaseFile.text("earlyHelpAssessment", earlyHelpAssessment, 2000, false);
            CaseFile.text("otherAgencies", otherAgencies, 2000, false);
            CaseFile.text("extenuatingFactors", extenuatingFactors, 2000, false);
        }
    }

    protected Referral() {
    }

    public Referral(long pupilId, Laestab school, String referredBy, LocalDate referredOn, Details d) {
        this.pupilId = pupilId;
        this.school = school;
        this.referredBy = referredBy;
        this.referredOn = referredOn;
        this.reason = CaseFile.text("reason", d.reason(), 4000, true);
        this.attendanceSummary = d.attendanceSummary().strip();
        this.attendanceHistory = d.attendanceHistory().strip();
        this.siblings = CaseFile.text("siblings", d.siblings(), 2000, false);
        this.parents = CaseFile.text("parents", d.parents(), 2000, false);
        this.exclusions = CaseFile.text("exclusions", d.exclusions(), 2000, false);
        this.sendInformation = CaseFile.text("sendInformation", d.sendInformation(), 2000, false);
        this.medicalAndGp = CaseFile.text("medicalAndGp", d.medicalAndGp(), 2000, false);
        this.pastoralSupport = CaseFile.text("pastoralSupport", d.pastoralSupport(), 2000, false);
        this.earlyHelpAssessment = CaseFile.text("earlyHelpAssessment", d.earlyHelpAssessment(), 2000, false);
        this.otherAgencies = CaseFile.text("otherAgencies", d.otherAgencies(), 2000, false);
        this.extenuatingFactors = CaseFile.text("extenuatingFactors", d.extenuatingFactors(), 2000, false);
        this.status = ReferralStatus.SUBMITTED;
    }

    private void requireUndecided() {
        if (status == ReferralStatus.ACCEPTED || status == ReferralStatus.DECLINED) {
            throw new IllegalArgumentException("Referral " + id + " was already " + status.name().toLowerCase()
                    + " on " + triagedOn);
        }
    }

    public void accept(long caseId, String by, LocalDate on) {
        requireUndecided();
        this.status = ReferralStatus.ACCEPTED;
        this.caseId = caseId;
        this.triagedBy = by;
        this.triagedOn = on;
        this.reviewBy = null;
    }

    /** Not suitable for now (e.g. a bereavement): reviewed again by {@code reviewBy}, at most six weeks away. */
    public void notSuitableNow(String reason, LocalDate reviewBy, LocalDate latest, String by, LocalDate on) {
        requireUndecided();
        this.decisionReason = CaseFile.text("reason", reason, 2000, true);
        if (reviewBy == null || reviewBy.isAfter(latest) || reviewBy.isBefore(on)) {
            throw new IllegalArgumentException("reviewBy must be between today (" + on + ") and " + latest
                    + " (at most " + NOT_SUITABLE_MAX_WEEKS + " school weeks); got " + reviewBy);
        }
        this.status = ReferralStatus.NOT_SUITABLE;
        this.reviewBy = reviewBy;
        this.triagedBy = by;
        this.triagedOn = on;
    }

    public void decline(String reason, String by, LocalDate on) {
        requireUndecided();
        this.decisionReason = CaseFile.text("reason", reason, 2000, true);
        this.status = ReferralStatus.DECLINED;
        this.triagedBy = by;
        this.triagedOn = on;
    }

    public Long id() {
        return id;
    }

    public long pupilId() {
        return pupilId;
    }

    public Laestab school() {
        return school;
    }

    public String referredBy() {
        return referredBy;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public Details details() {
        return new Details(reason, attendanceSummary, attendanceHistory, siblings, parents, exclusions, sendInformation,
                medicalAndGp, pastoralSupport, earlyHelpAssessment, otherAgencies, extenuatingFactors);
    }

    public ReferralStatus status() {
        return status;
    }

    public String triagedBy() {
        return triagedBy;
    }

    public LocalDate triagedOn() {
        return triagedOn;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public LocalDate reviewBy() {
        return reviewBy;
    }

    public Long caseId() {
        return caseId;
    }

    public long version() {
        return version;
    }
}

package uk.gov.pathway.panels.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A panel's decision on a case at a meeting, with its reasons and what each kind of decision must record: the neglect
 * factors ticked and evidenced with the attendance computed from the marks; the s447 consideration of an ESO, the
 * evidential and public interest tests with their reasons and the parent; the school and the day a place is due; the
 * MASH's outcome when it comes back.
 */
@Entity
@Table(name = "panel_decision")
@NamedQuery(name = Decision.OF_MEETING, query = "SELECT d FROM Decision d WHERE d.meetingId = :meeting ORDER BY d.id")
@NamedQuery(name = Decision.OF_CASE, query = "SELECT d FROM Decision d WHERE d.caseId = :caseId ORDER BY d.id DESC")
@NamedQuery(name = Decision.ALL, query = "SELECT d FROM Decision d ORDER BY d.decidedOn DESC, d.id DESC")
public class Decision {

    public static final String OF_MEETING = "Decision.ofMeeting";
    public static final String OF_CASE = "Decision.ofCase";
    public static final String ALL = "Decision.all";

    public enum MashOutcome { AGREES, DISAGREES }

    @Id
    @SequenceGenerator(name = "panel_decision_seq", sequenceName = "panel_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_decision_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "panel_code", nullable = false, length = 30)
    private String panelCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 40)
    private Outcome outcome;

    @Column(name = "reasons", nullable = false, length = 8000)
    private String reasons;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "neglect_factors", length = 8000)
    private String neglectFactors;

    @Column(name = "attendance_percent", precision = 5, scale = 1)
    private BigDecimal attendancePercent;

    @Column(name = "all_agencies_tried")
    private Boolean allAgenciesTried;

    @Column(name = "eso_considered")
    private Boolean esoConsidered;

    @Column(name = "eso_consideration", length = 4000)
    private String esoConsideration;

    @Column(name = "evidential_test_met")
    private Boolean evidentialTestMet;

    @Column(name = "evidential_reasons", length = 4000)
    private String evidentialReasons;

    @Column(name = "public_interest_met")
    private Boolean publicInterestMet;

    @Column(name = "public_interest_reasons", length = 4000)
    private String publicInterestReasons;

    @Column(name = "carer_id")
    private Long carerId;

    @Column(name = "place_school", length = 7)
    private String placeSchool;

    @Column(name = "place_due")
    private LocalDate placeDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "mash_outcome", length = 20)
    private MashOutcome mashOutcome;

    @Column(name = "mash_received_on")
    private LocalDate mashReceivedOn;

    @Column(name = "mash_notes", length = 4000)
    private String mashNotes;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "decision_id", nullable = false)
    @OrderBy("dueOn, id")
    private List<DecisionAction> actions = new ArrayList<>();

    @Version
    private long version;

    protected Decision() {
    }

    public Decision(long meetingId, long caseId, long referralId, String panelCode, Outcome outcome, String reasons,
                    LocalDate decidedOn, String decidedBy) {
        if (reasons == null || reasons.isBlank()) {
            throw new IllegalArgumentException("reasons are required: why the panel decided so");
        }
        this.meetingId = meetingId;
        this.caseId = caseId;
        this.referralId = referralId;
        this.panelCode = panelCode;
        this.outcome = outcome;
        this.reasons = reasons.strip();
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
    }

    public void neglect(String factors, BigDecimal attendance, boolean allTried) {
        this.neglectFactors = factors;
        this.attendancePercent = attendance;
        this.allAgenciesTried = allTried;
    }

    public void prosecutionTests(Boolean esoConsidered, String esoConsideration, Boolean evidentialMet,
                                 String evidentialReasons, Boolean publicInterestMet, String publicInterestReasons,
                                 Long carerId) {
        this.esoConsidered = esoConsidered;
        this.esoConsideration = esoConsideration;
        this.evidentialTestMet = evidentialMet;
        this.evidentialReasons = evidentialReasons;
        this.publicInterestMet = publicInterestMet;
        this.publicInterestReasons = publicInterestReasons;
        this.carerId = carerId;
    }

    public void place(String school, LocalDate due) {
        this.placeSchool = school;
        this.placeDue = due;
    }

    public void mash(MashOutcome outcome, LocalDate receivedOn, String notes) {
        if (mashOutcome != null) {
            throw new IllegalStateException("The MASH's outcome was recorded on " + mashReceivedOn);
        }
        this.mashOutcome = outcome;
        this.mashReceivedOn = receivedOn;
        this.mashNotes = notes == null ? null : notes.strip();
    }

    public void addAction(String description, String owner, LocalDate dueOn) {
        actions.add(new DecisionAction(description, owner, dueOn));
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public long caseId() {
        return caseId;
    }

    public long referralId() {
        return referralId;
    }

    public String panelCode() {
        return panelCode;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String neglectFactors() {
        return neglectFactors;
    }

    public BigDecimal attendancePercent() {
        return attendancePercent;
    }

    public Boolean allAgenciesTried() {
        return allAgenciesTried;
    }

    public Boolean esoConsidered() {
        return esoConsidered;
    }

    public String esoConsideration() {
        return esoConsideration;
    }

    public Boolean evidentialTestMet() {
        return evidentialTestMet;
    }

    public String evidentialReasons() {
        return evidentialReasons;
    }

    public Boolean publicInterestMet() {
        return publicInterestMet;
    }

    public String publicInterestReasons() {
        return publicInterestReasons;
    }

    public Long carerId() {
        return carerId;
    }

    public String placeSchool() {
        return placeSchool;
    }

    public LocalDate placeDue() {
        return placeDue;
    }

    public MashOutcome mashOutcome() {
        return mashOutcome;
    }

    public LocalDate mashReceivedOn() {
        return mashReceivedOn;
    }

    public String mashNotes() {
        return mashNotes;
    }

    public List<DecisionAction> actions() {
        return actions;
    }
}

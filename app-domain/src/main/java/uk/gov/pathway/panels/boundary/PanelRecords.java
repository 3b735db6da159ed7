package uk.gov.pathway.panels.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the panels boundary answers and reads. */
public final class PanelRecords {

    private PanelRecords() {
    }

    public record MemberView(String username, String agency, String agencyLabel, boolean chair) implements java.io.Serializable {
    }

    public record PanelView(String code, String name, String purpose, String chair, Integer cadenceWeeks,
                            String meetingTime, String meetingPlace, String quorum, boolean referralForm,
                            List<String> referralRequirements, List<String> decisions, int papersSchoolDays,
                            List<MemberView> members) implements java.io.Serializable {
    }

    /** {@code POST /panels/{panel}/meetings}: {"id", "panel", "date"} (spec/API.md), with the rest of the meeting. */
    public record MeetingCreated(long id, String panel, LocalDate date, String time, String place,
                                 LocalDate papersDue) {
    }

    public record ReferralCreated(long id, String status) {
    }

    /** A case on the agenda: {"caseId", "referralId"} (spec/API.md), with what the caller may do with it. */
    public record AgendaEntry(long caseId, long referralId, String children, String reason, String referredBy,
                              String decision, boolean papers, boolean conflicted, boolean returning) implements java.io.Serializable {
    }

    public record AttendanceView(String username, String agency, String status) implements java.io.Serializable {
    }

    public record ConflictView(long caseId, String username, String reason) implements java.io.Serializable {
    }

    public record ActionView(String description, String owner, LocalDate dueOn) implements java.io.Serializable {
    }

    public record DecisionView(long id, long meetingId, long caseId, String panel, String outcome,
                               String outcomeLabel, String reasons, LocalDate decidedOn, String decidedBy,
                               List<String> neglectFactors, BigDecimal attendancePercent, Boolean allAgenciesTried,
                               Boolean esoConsidered, String esoConsideration, Boolean evidentialTestMet,
                               String evidentialReasons, Boolean publicInterestMet, String publicInterestReasons,
                               Long carerId, String placeSchool, LocalDate placeDueBy, String mashOutcome,
                               LocalDate mashReceivedOn, List<ActionView> actions) implements java.io.Serializable {
    }

    public record MeetingView(long id, String panel, String panelName, LocalDate date, String time, String place,
                              LocalDate papersDue, String status, String chair, boolean mayRun, String quorum,
                              List<String> quorumMissing, String minutes, List<AgendaEntry> agenda,
                              List<AttendanceView> attendance, List<ConflictView> conflicts,
                              List<DecisionView> decisions, long version) implements java.io.Serializable {
    }

    /** A meeting in a list: when, which panel, how many cases. */
    public record MeetingRow(long id, String panel, String panelName, LocalDate date, String time, String place,
                             String status, int cases) implements java.io.Serializable {
    }

    /** A referral as its referrer follows it. */
    public record ReferralView(long id, String panel, long caseId, String reason, String status, String referredBy,
                               String overrideReason, String missingEvidence, Long meetingId, LocalDate meetingDate,
                               String decision) implements java.io.Serializable {
    }

    /** What a decision records; each kind of decision reads its own part (DecisionRules). */
    public record DecisionRequest(Long caseId, String outcome, String reasons, Map<String, String> factors,
                                  Boolean allAgenciesTried, Boolean esoConsidered, String esoConsideration,
                                  Boolean evidentialTestMet, String evidentialReasons, Boolean publicInterestMet,
                                  String publicInterestReasons, Long carerId, String school,
                                  List<ActionDraft> actions, LocalDate chargedFrom, LocalDate chargedTo) {
    }

    public record ActionDraft(String description, String owner, LocalDate dueOn) {
    }

    public record Present(String username, String status) {
    }

    /** The manager's view: per panel, meetings held and planned, referrals waiting, decisions by outcome. */
    public record PanelActivity(String panel, String name, long meetingsHeld, long meetingsPlanned,
                                long referralsWaiting, Map<String, Long> decisions) {
    }
}

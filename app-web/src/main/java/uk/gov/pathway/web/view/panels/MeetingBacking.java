package uk.gov.pathway.web.view.panels;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;
import uk.gov.pathway.panels.entity.NeglectFactor;
import uk.gov.pathway.web.view.Download;

/**
 * panel/meeting.xhtml?id=: a meeting of the caller's panel. Members see the agenda, download each case's papers (not
 * a case they declared a conflict in), declare a conflict and read the decisions; the chair publishes the agenda,
 * lists waiting referrals, records attendance and apologies, the minutes, each case's decision with its reasons and
 * actions, and the MASH's outcome of a neglect decision.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Panels panels;

    private Long id;
    private PanelRecords.MeetingView meeting;
    private List<PanelRecords.ReferralView> waiting = List.of();
    private List<PanelRecords.MemberView> members = List.of();
    private List<String> outcomes = List.of();
    private final Map<String, String> attendance = new LinkedHashMap<>();
    private Long referralToList;
    private String minutes;
    private Long conflictCase;
    private String conflictReason;
    // the decision form
    private Long decisionCase;
    private String outcome;
    private String reasons;
    private final Map<String, Boolean> factorTicked = new HashMap<>();
    private final Map<String, String> factorEvidence = new HashMap<>();
    private boolean allAgenciesTried;
    private boolean esoConsidered;
    private String esoConsideration;
    private boolean evidentialTestMet;
    private String evidentialReasons;
    private boolean publicInterestMet;
    private String publicInterestReasons;
    private Long carerId;
    private String school;
    private String actionDescription;
    private String actionOwner;
    private String actionDue;
    private String chargedFrom;
    private String chargedTo;
    private final Map<Long, String> mashNotes = new HashMap<>();

    public void load() {
        try {
            meeting = panels.meeting(id == null ? -1 : id);
        } catch (NotVisibleException e) {
            meeting = null;
            PanelFeedback.notFound();
            return;
        }
        minutes = meeting.minutes();
        PanelRecords.PanelView panel = panels.panels().stream().filter(p -> p.code().equals(meeting.panel()))
                .findFirst().orElseThrow();
        members = panel.members();
        outcomes = panel.decisions();
        attendance.clear();
        members.forEach(m -> attendance.put(m.username(), ""));
        meeting.attendance().forEach(a -> attendance.put(a.username(), a.status()));
        waiting = meeting.mayRun() ? panels.waiting(meeting.panel()) : List.of();
    }

    public boolean isFound() {
        return meeting != null;
    }

    public void papers(long caseId) throws IOException {
        Panels.Papers papers;
        try {
            papers = panels.papers(meeting.id(), caseId);
        } catch (NotVisibleException e) {
            PanelFeedback.message(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "You have no papers of case "
                    + caseId + " for this meeting");
            return;
        }
        Download.send(papers.fileName(), "application/pdf", papers.content());
    }

    public void publish() {
        PanelFeedback.attempt("The agenda is published to the members", () -> panels.publish(meeting.id()));
        load();
    }

    public void list() {
        PanelFeedback.attempt("Listed on the agenda", () -> panels.list(meeting.id(), referralToList));
        referralToList = null;
        load();
    }

    public void saveAttendance() {
        List<PanelRecords.Present> people = new ArrayList<>();
        attendance.forEach((user, status) -> {
            if (status != null && !status.isBlank()) {
                people.add(new PanelRecords.Present(user, status));
            }
        });
        PanelFeedback.attempt("Attendance recorded", () -> panels.attendance(meeting.id(), people));
        load();
    }

    public void saveMinutes() {
        PanelFeedback.attempt("Minutes saved", () -> panels.minutes(meeting.id(), minutes == null ? "" : minutes,
                meeting.version()));
        load();
    }

    public void declareConflict() {
        PanelFeedback.attempt("Your conflict of interest is recorded: you get no papers of that case",
                () -> panels.conflict(meeting.id(), conflictCase, null, conflictReason));
        conflictReason = null;
        load();
    }

    public void decide() {
        Map<String, String> factors = new LinkedHashMap<>();
        factorTicked.forEach((factor, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                factors.put(factor, factorEvidence.getOrDefault(factor, ""));
            }
        });
        boolean done = PanelFeedback.attempt("Decision recorded", () -> {
            List<PanelRecords.ActionDraft> actions = actionDescription == null || actionDescription.isBlank()
                    ? List.of() : List.of(new PanelRecords.ActionDraft(actionDescription, actionOwner,
                    date("actionDue", actionDue)));
            panels.decide(meeting.id(), new PanelRecords.DecisionRequest(decisionCase, outcome, reasons, factors,
                    allAgenciesTried, esoConsidered, esoConsideration, evidentialTestMet, evidentialReasons,
                    publicInterestMet, publicInterestReasons, carerId, school, actions,
                    date("chargedFrom", chargedFrom), date("chargedTo", chargedTo)));
        });
        if (done) {
            reasons = null;
            factorTicked.clear();
            factorEvidence.clear();
            actionDescription = null;
            actionOwner = null;
            actionDue = null;
        }
        load();
    }

    public void mash(long decisionId, String mashOutcome) {
        PanelFeedback.attempt("The MASH's outcome is recorded", () -> panels.mashOutcome(decisionId, mashOutcome, null,
                mashNotes.get(decisionId)));
        load();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Write the date as YYYY-MM-DD, for example 2026-02-24");
        }
    }

    public List<NeglectFactor> getFactors() {
        return Arrays.asList(NeglectFactor.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PanelRecords.MeetingView getMeeting() {
        return meeting;
    }

    public List<PanelRecords.ReferralView> getWaiting() {
        return waiting;
    }

    public List<PanelRecords.MemberView> getMembers() {
        return members;
    }

    public List<String> getOutcomes() {
        return outcomes;
    }

    public Map<String, String> getAttendance() {
        return attendance;
    }

    public Long getReferralToList() {
        return referralToList;
    }

    public void setReferralToList(Long referralToList) {
        this.referralToList = referralToList;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Long getConflictCase() {
        return conflictCase;
    }

    public void setConflictCase(Long conflictCase) {
        this.conflictCase = conflictCase;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }

    public Long getDecisionCase() {
        return decisionCase;
    }

    public void setDecisionCase(Long decisionCase) {
        this.decisionCase = decisionCase;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public Map<String, Boolean> getFactorTicked() {
        return factorTicked;
    }

    public Map<String, String> getFactorEvidence() {
        return factorEvidence;
    }

    public boolean isAllAgenciesTried() {
        return allAgenciesTried;
    }

    public void setAllAgenciesTried(boolean allAgenciesTried) {
        this.allAgenciesTried = allAgenciesTried;
    }

    public boolean isEsoConsidered() {
        return esoConsidered;
    }

    public void setEsoConsidered(boolean esoConsidered) {
        this.esoConsidered = esoConsidered;
    }

    public String getEsoConsideration() {
        return esoConsideration;
    }

    public void setEsoConsideration(String esoConsideration) {
        this.esoConsideration = esoConsideration;
    }

    public boolean isEvidentialTestMet() {
        return evidentialTestMet;
    }

    public void setEvidentialTestMet(boolean evidentialTestMet) {
        this.evidentialTestMet = evidentialTestMet;
    }

    public String getEvidentialReasons() {
        return evidentialReasons;
    }

    public void setEvidentialReasons(String evidentialReasons) {
        this.evidentialReasons = evidentialReasons;
    }

    public boolean isPublicInterestMet() {
        return publicInterestMet;
    }

    public void setPublicInterestMet(boolean publicInterestMet) {
        this.publicInterestMet = publicInterestMet;
    }

    public String getPublicInterestReasons() {
        return publicInterestReasons;
    }

    public void setPublicInterestReasons(String publicInterestReasons) {
        this.publicInterestReasons = publicInterestReasons;
    }

    public Long getCarerId() {
        return carerId;
    }

    public void setCarerId(Long carerId) {
        this.carerId = carerId;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public String getActionDue() {
        return actionDue;
    }

    public void setActionDue(String actionDue) {
        this.actionDue = actionDue;
    }

    public Map<Long, String> getMashNotes() {
        return mashNotes;
    }

    public String getChargedFrom() {
        return chargedFrom;
    }

    public void setChargedFrom(String chargedFrom) {
        this.chargedFrom = chargedFrom;
    }

    public String getChargedTo() {
        return chargedTo;
    }

    public void setChargedTo(String chargedTo) {
        this.chargedTo = chargedTo;
    }
}

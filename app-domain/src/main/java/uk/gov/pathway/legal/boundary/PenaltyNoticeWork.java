package uk.gov.pathway.legal.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;
import uk.gov.pathway.kernel.deadlines.Timescale;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.entity.NoticeToImprove;
import uk.gov.pathway.legal.entity.PenaltyNotice;
import uk.gov.pathway.legal.entity.PenaltyNoticeRequest;
import uk.gov.pathway.legal.entity.PenaltyNoticeSession;
import uk.gov.pathway.legal.entity.PenaltyNoticeStatus;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.boundary.AttendanceCohorts;
import uk.gov.pathway.registration.boundary.AttendanceRecord;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.boundary.PupilFigures;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * The work before a penalty notice: schools' requests and the council's decision (due within the council's time limit,
 * on a timer), notices to improve with their improvement period and the attendance during it, and the eligibility
 * list (registration's threshold, read live, with what is already in hand for each pupil).
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
public class PenaltyNoticeWork {

    public static final String REQUEST_SUBJECT = "penalty_notice_request";
    public static final String REQUEST_KIND = "PENALTY_NOTICE_REQUEST_DECISION";
    public static final String NTI_SUBJECT = "notice_to_improve";
    public static final String NTI_KIND = "NOTICE_TO_IMPROVE_ENDS";
    /** School days the council gives itself to decide a school's request (its code of conduct; configurable). */
    public static final String DECISION_DAYS = "pathway.penalty-notices.request-decision-school-days";
    /** Who is given the task to decide a request (default: the service manager, pathway.manager). */
    public static final String DECIDER = "pathway.penalty-notices.decider";

    public record NewRequest(String upn, List<String> sessions, String lettersSent, String leaveRequest,
                             String supportOffered) {
    }

    public record RequestView(long id, String upn, String pupilName, String laestab, List<String> sessions,
                              String lettersSent, String leaveRequest, String supportOffered, String requestedBy,
                              LocalDate requestedOn, LocalDate decideBy, String status, LocalDate decidedOn,
                              String decisionNote) implements java.io.Serializable {
        static RequestView of(PenaltyNoticeRequest r, String name) {
            return new RequestView(r.id(), r.upn(), name, r.laestab(), r.sessions(), r.lettersSent(), r.leaveRequest(),
                    r.supportOffered(), r.requestedBy(), r.requestedOn(), r.decideBy(), r.status().name(),
                    r.decidedOn(), r.decisionNote());
        }
    }

    public record Decision(String decision, String note) {
    }

    public record NewNoticeToImprove(String upn, Long carerId, String issuedOn, Integer schoolWeeks, Long requestId) {
    }

    public record NoticeToImproveView(long id, String upn, String pupilName, long carerId, String carerName,
                                      LocalDate issuedOn, int schoolWeeks, LocalDate periodEnds, boolean running,
                                      String outcome, LocalDate outcomeOn, String outcomeNote,
                                      java.math.BigDecimal attendancePercentDuring, Integer unauthorisedSessionsDuring) implements java.io.Serializable {
    }

    public record Outcome(String outcome, String note) {
    }

    /** A pupil meeting the threshold, with what is already in hand for them. */
    public record Eligible(String upn, String pupilName, String laestab, String schoolName,
                           int unauthorisedSessionsInWindow, LocalDate windowStart, int requestsWaiting,
                           int noticesToImproveRunning, int noticesIssued, int noticesRunning, boolean openCase,
                           boolean educationSupervisionOrder) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    AccessControl access;

    @EJB
    PupilDirectory pupils;

    @EJB
    Families families;

    @EJB
    AttendanceRecord attendance;

    @EJB
    AttendanceCohorts cohorts;

    @EJB
    Cases cases;

    @EJB
    Deadlines deadlines;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    // ---- requests from schools ------------------------------------------------------------------------------------

    /** A school lead asks for a notice for their pupil, with the evidence; the council decides by the date answered. */
    @RolesAllowed({Roles.SCHOOL_ATTENDANCE_LEAD, Roles.SAS_MANAGER})
    public RequestView request(NewRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON body with upn, sessions, lettersSent and supportOffered"
                    + " is required");
        }
        List<InputProblem> problems = new ArrayList<>();
        UniquePupilNumber upn = null;
        try {
            upn = UniquePupilNumber.of(request.upn() == null ? "" : request.upn().strip());
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.of("upn", "upn: " + e.getMessage()));
        }
        List<PenaltyNoticeSession> sessions = sessions(problems, request.sessions());
        String letters = required(problems, "lettersSent", request.lettersSent(), "the letters sent to the parents and when");
        String support = required(problems, "supportOffered", request.supportOffered(), "what support was offered");
        String leave = text(problems, "leaveRequest", request.leaveRequest());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PupilRef pupil = pupils.visible(upn);
        Map<PenaltyNoticeSession, String> codes = unauthorised(upn, sessions);
        List<String> notUnauthorised = sessions.stream().filter(s -> !codes.containsKey(s)).map(Object::toString).toList();
        if (!notUnauthorised.isEmpty()) {
            throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.SESSION_NOT_UNAUTHORISED,
                    "These sessions are not unauthorised absences (G, N, O or U) in the register: "
                            + String.join(", ", notUnauthorised), notUnauthorised, null);
        }
        if (codes.containsValue("G") && leave == null) {
            throw new InvalidInputException("leaveRequest", "For a holiday (G) the council needs the leave-of-absence"
                    + " request and the school's refusal of it (leaveRequest)");
        }
        LocalDate today = SystemClock.today(clock);
        LocalDate decideBy = deadlines.dueDate(Timescale.schoolDays(decisionDays()), today);
        String by = access.caller().username();
        PenaltyNoticeRequest made = new PenaltyNoticeRequest(pupil.id(), pupil.upn(), pupil.laestab(), sessions,
                letters, leave, support, by, today, decideBy);
        em.persist(made);
        em.flush();
        deadlines.schedule(new NewDeadline(REQUEST_KIND, "Decide " + pupil.schoolName() + "'s request for a penalty"
                + " notice for " + pupil.name() + " (request " + made.id() + ")", REQUEST_SUBJECT, made.id(),
                pupil.id(), decider(), decideBy));
        String what = "request " + made.id() + " for a penalty notice, " + sessions.size() + " sessions, to be decided by "
                + decideBy;
        audit.fire(AuditEvent.change(pupil.id(), "penalty notice request " + made.id(), what));
        chronology.fire(new ChronologyEntry(clock.instant(), pupil.id(), null, "legal", "PENALTY_NOTICE_REQUESTED",
                "School asked for a penalty notice: " + what, by));
        return RequestView.of(made, pupil.name());
    }

    /** Requests the caller may see: a school lead their school's, the council every one; waiting first. */
    @RolesAllowed({Roles.SCHOOL_ATTENDANCE_LEAD, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
    public List<RequestView> requests() {
        Caller caller = access.caller();
        AccessScope scope = caller.pupilScope();
        List<PenaltyNoticeRequest> found;
        if (scope.allSchools()) {
            found = em.createNamedQuery(PenaltyNoticeRequest.ALL, PenaltyNoticeRequest.class).getResultList();
        } else {
            found = new ArrayList<>();
            for (Laestab laestab : scope.schools()) {
                found.addAll(em.createNamedQuery(PenaltyNoticeRequest.OF_SCHOOL, PenaltyNoticeRequest.class)
                        .setParameter("laestab", laestab.value()).getResultList());
            }
        }
        Map<Long, PupilRef> refs = pupils.refs(found.stream().map(PenaltyNoticeRequest::pupilId).distinct().toList());
        audit.fire(AuditEvent.read(null, "penalty notice requests", found.size() + " requests"));
        return found.stream()
                .sorted(java.util.Comparator.comparing((PenaltyNoticeRequest r) -> r.status() != PenaltyNoticeRequest.Status.WAITING)
                        .thenComparing(PenaltyNoticeRequest::decideBy))
                .map(r -> RequestView.of(r, refs.containsKey(r.pupilId()) ? refs.get(r.pupilId()).name() : r.upn()))
                .toList();
    }

    /** The council's decision on a request; the school sees it in its list. */
    public RequestView decide(long id, Decision decision) {
        if (decision == null) {
            throw new InvalidInputException("body", "a JSON body with decision (APPROVED or DECLINED) is required");
        }
        PenaltyNoticeRequest request = em.find(PenaltyNoticeRequest.class, id);
        if (request == null) {
            throw new NotVisibleException("Request " + id);
        }
        PupilRef pupil = pupils.visible(UniquePupilNumber.of(request.upn()));
        PenaltyNoticeRequest.Status status;
        try {
            status = PenaltyNoticeRequest.Status.valueOf(decision.decision() == null ? "" : decision.decision().strip());
            if (status == PenaltyNoticeRequest.Status.WAITING) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("decision", "decision must be APPROVED or DECLINED; got '"
                    + decision.decision() + "'");
        }
        String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().strip();
        if (status == PenaltyNoticeRequest.Status.DECLINED && note == null) {
            throw new InvalidInputException("note", "A declined request needs the reason the school will read (note)");
        }
        try {
            request.decide(status, note, SystemClock.today(clock), access.caller().username());
        } catch (IllegalStateException e) {
            throw new PenaltyNoticeRefusedException("ALREADY_DECIDED", e.getMessage());
        }
        deadlines.completeOpen(REQUEST_SUBJECT, id, REQUEST_KIND);
        String what = "request " + id + " for a penalty notice " + status.name().toLowerCase(java.util.Locale.ROOT)
                + (note == null ? "" : ": " + note);
        audit.fire(AuditEvent.change(pupil.id(), "penalty notice request " + id, what));
        chronology.fire(new ChronologyEntry(clock.instant(), pupil.id(), null, "legal", "PENALTY_NOTICE_REQUEST_DECIDED",
                "Council decided: " + what, access.caller().username()));
        em.flush();
        return RequestView.of(request, pupil.name());
    }

    // ---- notices to improve ---------------------------------------------------------------------------------------

    public NoticeToImproveView noticeToImprove(NewNoticeToImprove request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON body with upn, carerId, issuedOn and schoolWeeks is required");
        }
        List<InputProblem> problems = new ArrayList<>();
        UniquePupilNumber upn = null;
        try {
            upn = UniquePupilNumber.of(request.upn() == null ? "" : request.upn().strip());
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.of("upn", "upn: " + e.getMessage()));
        }
        if (request.carerId() == null) {
            problems.add(InputProblem.of("carerId", "carerId is required: the parent the notice is to"));
        }
        LocalDate issuedOn = null;
        try {
            issuedOn = request.issuedOn() == null || request.issuedOn().isBlank() ? SystemClock.today(clock)
                    : LocalDate.parse(request.issuedOn().strip());
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.of("issuedOn", "issuedOn must be a date written YYYY-MM-DD; got '"
                    + request.issuedOn() + "'"));
        }
        int weeks = request.schoolWeeks() == null ? 0 : request.schoolWeeks();
        if (weeks < NoticeToImprove.MIN_SCHOOL_WEEKS || weeks > NoticeToImprove.MAX_SCHOOL_WEEKS) {
            problems.add(InputProblem.of("schoolWeeks", "schoolWeeks (the improvement period) must be "
                    + NoticeToImprove.MIN_SCHOOL_WEEKS + " to " + NoticeToImprove.MAX_SCHOOL_WEEKS + "; got "
                    + request.schoolWeeks()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PupilRef pupil = pupils.visible(upn);
        Families.CarerView carer = parent(upn, request.carerId(), pupil);
        if (request.requestId() != null) {
            PenaltyNoticeRequest asked = em.find(PenaltyNoticeRequest.class, request.requestId());
            if (asked == null || asked.pupilId() != pupil.id()) {
                throw new InvalidInputException("requestId", "Request " + request.requestId() + " is not about pupil "
                        + pupil.upn());
            }
        }
        LocalDate ends = deadlines.dueDate(Timescale.schoolWeeks(weeks), issuedOn);
        String by = access.caller().username();
        NoticeToImprove notice = new NoticeToImprove(pupil.id(), pupil.upn(), pupil.laestab(), carer.carerId(),
                carer.forename() + " " + carer.surname(), request.requestId(), issuedOn, weeks, ends, by);
        em.persist(notice);
        em.flush();
        deadlines.schedule(new NewDeadline(NTI_KIND, "Notice to improve " + notice.id() + " to " + notice.carerName()
                + " for " + pupil.name() + ": the improvement period has ended; record its outcome", NTI_SUBJECT,
                notice.id(), pupil.id(), by, ends.plusDays(1)));
        String what = "notice to improve " + notice.id() + " to " + notice.carerName() + ", improvement period of "
                + weeks + " school weeks from " + issuedOn + " to " + ends;
        audit.fire(AuditEvent.change(pupil.id(), "notice to improve " + notice.id(), what));
        chronology.fire(new ChronologyEntry(clock.instant(), pupil.id(), null, "legal", "NOTICE_TO_IMPROVE",
                "Notice to improve: " + what, by));
        return view(notice, pupil);
    }

    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD})
    public NoticeToImproveView noticeToImprove(long id) {
        NoticeToImprove notice = em.find(NoticeToImprove.class, id);
        if (notice == null) {
            throw new NotVisibleException("Notice to improve " + id);
        }
        PupilRef pupil = pupils.visible(UniquePupilNumber.of(notice.upn()));
        audit.fire(AuditEvent.read(pupil.id(), "notice to improve " + id, "notice to improve"));
        return view(notice, pupil);
    }

    public NoticeToImproveView outcome(long id, Outcome outcome) {
        if (outcome == null) {
            throw new InvalidInputException("body", "a JSON body with outcome (IMPROVED or NOT_IMPROVED) is required");
        }
        NoticeToImprove notice = em.find(NoticeToImprove.class, id);
        if (notice == null) {
            throw new NotVisibleException("Notice to improve " + id);
        }
        PupilRef pupil = pupils.visible(UniquePupilNumber.of(notice.upn()));
        NoticeToImprove.Outcome result;
        try {
            result = NoticeToImprove.Outcome.valueOf(outcome.outcome() == null ? "" : outcome.outcome().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "outcome must be IMPROVED or NOT_IMPROVED; got '"
                    + outcome.outcome() + "'");
        }
        try {
            notice.conclude(result, outcome.note() == null ? null : outcome.note().strip(), SystemClock.today(clock));
        } catch (IllegalStateException e) {
            throw new PenaltyNoticeRefusedException("ALREADY_CONCLUDED", e.getMessage());
        }
        deadlines.completeOpen(NTI_SUBJECT, id, NTI_KIND);
        NoticeToImproveView view = view(notice, pupil);
        String what = "notice to improve " + id + " to " + notice.carerName() + ": "
                + result.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (view.attendancePercentDuring() == null ? "" : " (attendance " + view.attendancePercentDuring()
                + "% during the period)");
        audit.fire(AuditEvent.change(pupil.id(), "notice to improve " + id, what));
        chronology.fire(new ChronologyEntry(clock.instant(), pupil.id(), null, "legal", "NOTICE_TO_IMPROVE_OUTCOME",
                "Notice to improve: " + what, access.caller().username()));
        em.flush();
        return view;
    }

    /** Every notice to improve, newest first (a running one shows the attendance so far). */
    public List<NoticeToImproveView> noticesToImprove() {
        List<NoticeToImprove> all = em.createNamedQuery(NoticeToImprove.ALL, NoticeToImprove.class).setMaxResults(500)
                .getResultList();
        Map<Long, PupilRef> refs = pupils.refs(all.stream().map(NoticeToImprove::pupilId).distinct().toList());
        return all.stream().map(n -> view(n, refs.get(n.pupilId()))).toList();
    }

    private NoticeToImproveView view(NoticeToImprove n, PupilRef pupil) {
        LocalDate today = SystemClock.today(clock);
        LocalDate to = n.periodEnds().isBefore(today) ? n.periodEnds() : today;
        java.math.BigDecimal percent = null;
        Integer unauthorised = null;
        if (!to.isBefore(n.issuedOn())) {
            PupilFigures figures = attendance.figures(UniquePupilNumber.of(n.upn()), n.issuedOn(), to);
            percent = figures.figures().possibleSessions() == 0 ? null : figures.figures().attendancePercent();
            unauthorised = figures.figures().unauthorisedAbsenceSessions();
        }
        return new NoticeToImproveView(n.id(), n.upn(), pupil == null ? n.upn() : pupil.name(), n.carerId(),
                n.carerName(), n.issuedOn(), n.schoolWeeks(), n.periodEnds(), n.runningOn(today),
                n.outcome() == null ? null : n.outcome().name(), n.outcomeOn(), n.outcomeNote(), percent, unauthorised);
    }

    // ---- eligibility ----------------------------------------------------------------------------------------------

    /**
     * The pupils meeting the threshold on the day (registration's threshold, read now: after an import it is the new
     * marks'), council-wide or for one school, each with what is in hand: requests waiting, notices to improve
     * running, notices issued and still running, an open case. An Education Supervision Order comes with the orders.
     */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public List<Eligible> eligible(LocalDate asOf, String laestab) {
        LocalDate day = asOf == null ? SystemClock.today(clock) : asOf;
        if (laestab != null && !laestab.isBlank()) {
            try {
                Laestab.of(laestab.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("laestab", e.getMessage());
            }
        }
        List<AttendanceCohorts.ThresholdMet> met = cohorts.penaltyNoticeThreshold(day).pupils().stream()
                .filter(p -> laestab == null || laestab.isBlank() || p.laestab().equals(laestab.strip())).toList();
        if (met.isEmpty()) {
            return List.of();
        }
        Set<String> upns = met.stream().map(AttendanceCohorts.ThresholdMet::upn).collect(Collectors.toSet());
        List<PenaltyNoticeRequest> requests = em.createNamedQuery(PenaltyNoticeRequest.OF_UPNS, PenaltyNoticeRequest.class)
                .setParameter("upns", List.copyOf(upns)).getResultList();
        List<NoticeToImprove> ntis = em.createNamedQuery(NoticeToImprove.OF_UPNS, NoticeToImprove.class)
                .setParameter("upns", List.copyOf(upns)).getResultList();
        List<PenaltyNotice> notices = em.createQuery("select n from PenaltyNotice n where n.upn in :upns",
                PenaltyNotice.class).setParameter("upns", List.copyOf(upns)).getResultList();
        List<Eligible> answer = new ArrayList<>();
        for (AttendanceCohorts.ThresholdMet p : met) {
            PupilRef pupil = pupils.visible(UniquePupilNumber.of(p.upn()));
            boolean openCase = cases.ofPupil(UniquePupilNumber.of(p.upn())).stream()
                    .anyMatch(c -> "OPEN".equals(c.status()));
            answer.add(new Eligible(p.upn(), pupil.name(), p.laestab(), pupil.schoolName(),
                    p.unauthorisedSessionsInWindow(), p.windowStart(),
                    (int) requests.stream().filter(r -> r.upn().equals(p.upn())
                            && r.status() == PenaltyNoticeRequest.Status.WAITING).count(),
                    (int) ntis.stream().filter(n -> n.upn().equals(p.upn()) && n.runningOn(day)).count(),
                    (int) notices.stream().filter(n -> n.upn().equals(p.upn())).count(),
                    (int) notices.stream().filter(n -> n.upn().equals(p.upn()) && (n.status() == PenaltyNoticeStatus.ISSUED
                            || n.status() == PenaltyNoticeStatus.UNPAID)).count(),
                    openCase, false));
        }
        return answer;
    }

    // ---- registration's facts as legal's callers need them (by UPN as text) ----------------------------------------

    /** The child's parents in the s576 sense (parental responsibility or care of the child), as registration holds them. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public List<Families.CarerView> parents(String upn) {
        return families.family(UniquePupilNumber.of(upn)).carers().stream()
                .filter(c -> c.parentalResponsibility() || c.livesWith()).toList();
    }

    /** The child's unauthorised sessions (G, N, O, U) from {@code from} to {@code to}, oldest first, as DATE/AM. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public List<String> unauthorisedSessions(String upn, LocalDate from, LocalDate to) {
        return attendance.marks(UniquePupilNumber.of(upn), from, to).stream()
                .filter(m -> m.code().isUnauthorisedAbsence()).map(m -> m.date() + "/" + m.session().name()).toList();
    }

    /** The sessions the threshold counts on the day (its rolling window), oldest first, as DATE/AM. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public List<String> thresholdSessions(String upn, LocalDate asOf) {
        return attendance.threshold(UniquePupilNumber.of(upn), asOf).sessions().stream()
                .map(m -> m.date() + "/" + m.session().name()).toList();
    }

    // ---- shared ---------------------------------------------------------------------------------------------------

    /** s576: a parent is anyone with parental responsibility or who has care of the child. */
    private Families.CarerView parent(UniquePupilNumber upn, long carerId, PupilRef pupil) {
        Families.CarerView carer = families.family(upn).carers().stream().filter(c -> c.carerId() == carerId)
                .findFirst().orElseThrow(() -> new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.NOT_A_PARENT,
                        "Carer " + carerId + " is not a parent or carer of pupil " + pupil.upn() + " on record"));
        if (!carer.parentalResponsibility() && !carer.livesWith()) {
            throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.NOT_A_PARENT, "Carer " + carerId
                    + " has neither parental responsibility for nor care of pupil " + pupil.upn()
                    + ": not a parent in the Education Act 1996 s576 sense");
        }
        return carer;
    }

    private Map<PenaltyNoticeSession, String> unauthorised(UniquePupilNumber upn, List<PenaltyNoticeSession> sessions) {
        Map<PenaltyNoticeSession, String> codes = new java.util.HashMap<>();
        for (Mark mark : attendance.marks(upn, sessions.get(0).date(), sessions.get(sessions.size() - 1).date())) {
            if (mark.code().isUnauthorisedAbsence()) {
                codes.put(new PenaltyNoticeSession(mark.date(), mark.session().name()), mark.code().code());
            }
        }
        return codes;
    }

    private static List<PenaltyNoticeSession> sessions(List<InputProblem> problems, List<String> texts) {
        List<PenaltyNoticeSession> sessions = new ArrayList<>();
        if (texts == null || texts.isEmpty()) {
            problems.add(InputProblem.of("sessions", "sessions is required: at least one, e.g. [\"2026-09-14/AM\"]"));
            return sessions;
        }
        Set<PenaltyNoticeSession> seen = new HashSet<>();
        for (String text : texts) {
            try {
                PenaltyNoticeSession s = PenaltyNoticeSession.parse(text);
                if (seen.add(s)) {
                    sessions.add(s);
                }
            } catch (IllegalArgumentException e) {
                problems.add(InputProblem.of("sessions", e.getMessage()));
            }
        }
        sessions.sort(null);
        return sessions;
    }

    private static String required(List<InputProblem> problems, String field, String text, String what) {
        String value = text(problems, field, text);
        if (value == null && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(InputProblem.of(field, field + " is required: " + what));
        }
        return value;
    }

    private static String text(List<InputProblem> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 2000) {
            problems.add(InputProblem.of(field, field + " is longer than 2000 characters"));
            return null;
        }
        return text.strip();
    }

    private static int decisionDays() {
        return ConfigProvider.getConfig().getOptionalValue(DECISION_DAYS, Integer.class).orElse(10);
    }

    private static String decider() {
        return ConfigProvider.getConfig().getOptionalValue(DECIDER, String.class)
                .orElse(ConfigProvider.getConfig().getOptionalValue("pathway.manager", String.class).orElse("sas-manager"));
    }
}

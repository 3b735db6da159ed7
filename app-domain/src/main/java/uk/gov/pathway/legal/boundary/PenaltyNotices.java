package uk.gov.pathway.legal.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews.DfeReturn;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews.Issued;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews.Notice;
import uk.gov.pathway.legal.entity.PenaltyNotice;
import uk.gov.pathway.legal.entity.PenaltyNoticeAmounts;
import uk.gov.pathway.legal.entity.PenaltyNoticeIssuer;
import uk.gov.pathway.legal.entity.PenaltyNoticeLimit;
import uk.gov.pathway.legal.entity.PenaltyNoticeReason;
import uk.gov.pathway.legal.entity.PenaltyNoticeReceipt;
import uk.gov.pathway.legal.entity.PenaltyNoticeService;
import uk.gov.pathway.legal.entity.PenaltyNoticeSession;
import uk.gov.pathway.legal.entity.PenaltyNoticeStatus;
import uk.gov.pathway.legal.entity.PenaltyNoticeWithdrawalGround;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.boundary.AttendanceRecord;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Penalty notices (spec/API.md "Penalty notices", spec/RULES.md): recorded per parent per pupil, whoever issued them,
 * checked against the framework (s576 parent, unauthorised sessions never covered twice for the same parent, the
 * limit of two in the rolling three years), their payments, the end of their 28 days (a persistent deadline), their
 * withdrawal and the annual DfE return. Children, carers and marks are registration's, read through its boundaries.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
public class PenaltyNotices {

    /** The deadline at the end of a notice's 28 days (kernel.deadlines), on the subject {@link #SUBJECT}. */
    public static final String UNPAID_KIND = "PENALTY_NOTICE_UNPAID";
    public static final String SUBJECT = "penalty_notice";

    /** A notice as the officer records it (spec/API.md); dates written YYYY-MM-DD. */
    public record NewNotice(String upn, Long carerId, String issuedOn, String issuedBy, List<String> sessions,
                            Service service, String withoutNoticeToImprove) {
    }

    public record Service(String method, String on) {
    }

    public record NewPayment(BigDecimal amount, String paidOn, String reference) {
    }

    public record NewWithdrawal(String ground, String reason) {
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
    SchoolCalendarService calendars;

    @EJB
    Deadlines deadlines;

    @Inject
    Instance<PenaltyNoticeBar> bars;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    /** Records a notice after every check of RULES.md; 422 (PenaltyNoticeRefusedException) when one refuses it. */
    public Issued issue(NewNotice request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON body with upn, carerId, issuedOn, issuedBy, sessions and"
                    + " service is required");
        }
        LocalDate today = SystemClock.today(clock);
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
        LocalDate issuedOn = date(problems, "issuedOn", request.issuedOn());
        if (issuedOn != null && issuedOn.isAfter(today)) {
            problems.add(InputProblem.of("issuedOn", "issuedOn (" + issuedOn + ") is after today (" + today + ")"));
        }
        PenaltyNoticeIssuer issuer = choice(problems, "issuedBy", request.issuedBy(), PenaltyNoticeIssuer.class);
        PenaltyNoticeService method = null;
        LocalDate servedOn = null;
        if (request.service() == null) {
            problems.add(InputProblem.of("service", "service is required: {\"method\": \"HAND|POST\", \"on\": DATE}"));
        } else {
            method = choice(problems, "service.method", request.service().method(), PenaltyNoticeService.class);
            servedOn = date(problems, "service.on", request.service().on());
            if (servedOn != null && issuedOn != null && servedOn.isBefore(issuedOn)) {
                problems.add(InputProblem.of("service.on", "service.on (" + servedOn + ") is before issuedOn ("
                        + issuedOn + ")"));
            }
            if (servedOn != null && servedOn.isAfter(today)) {
                problems.add(InputProblem.of("service.on", "service.on (" + servedOn + ") is after today (" + today + ")"));
            }
        }
        List<PenaltyNoticeSession> sessions = new ArrayList<>();
        if (request.sessions() == null || request.sessions().isEmpty()) {
            problems.add(InputProblem.of("sessions", "sessions is required: at least one, e.g. [\"2026-09-14/AM\"]"));
        } else {
            Set<PenaltyNoticeSession> seen = new HashSet<>();
            for (String text : request.sessions()) {
                try {
                    PenaltyNoticeSession session = PenaltyNoticeSession.parse(text);
                    if (!seen.add(session)) {
                        problems.add(InputProblem.of("sessions", "session " + session + " is given twice"));
                    } else if (issuedOn != null && session.date().isAfter(issuedOn)) {
                        problems.add(InputProblem.of("sessions", "session " + session + " is after issuedOn ("
                                + issuedOn + ")"));
                    }
                    sessions.add(session);
                } catch (IllegalArgumentException e) {
                    problems.add(InputProblem.of("sessions", e.getMessage()));
                }
            }
        }
        String withoutNtI = optional(problems, "withoutNoticeToImprove", request.withoutNoticeToImprove(), 2000);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PupilRef pupil = pupils.visible(upn);
        sessions.sort(null);

        // s576: a parent is anyone with parental responsibility or who has care of the child
        Families.CarerView carer = families.family(upn).carers().stream()
                .filter(c -> c.carerId() == request.carerId()).findFirst()
                .orElseThrow(() -> new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.NOT_A_PARENT,
                        "Carer " + request.carerId() + " is not a parent or carer of pupil " + pupil.upn()
                                + " on record: a notice goes only to a parent in the Education Act 1996 s576 sense"));
        if (!carer.parentalResponsibility() && !carer.livesWith()) {
            throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.NOT_A_PARENT, "Carer "
                    + carer.carerId() + " (" + carer.forename() + " " + carer.surname() + ") has neither parental"
                    + " responsibility for nor care of pupil " + pupil.upn() + ": not a parent in the Education Act"
                    + " 1996 s576 sense");
        }

        // each session an unauthorised absence (G, N, O, U) in the pupil's register
        Map<PenaltyNoticeSession, String> codes = new HashMap<>();
        for (Mark mark : attendance.marks(upn, sessions.get(0).date(), sessions.get(sessions.size() - 1).date())) {
            if (mark.code().isUnauthorisedAbsence()) {
                codes.put(new PenaltyNoticeSession(mark.date(), mark.session().name()), mark.code().code());
            }
        }
        List<String> notUnauthorised = sessions.stream().filter(s -> !codes.containsKey(s)).map(Object::toString).toList();
        if (!notUnauthorised.isEmpty()) {
            throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.SESSION_NOT_UNAUTHORISED,
                    "These sessions are not unauthorised absences (G, N, O or U) in the register of pupil "
                            + pupil.upn() + ": " + String.join(", ", notUnauthorised), notUnauthorised, null);
        }
        for (PenaltyNoticeBar bar : bars) {
            Optional<PenaltyNoticeBar.Barred> barred = bar.barred(pupil.id(), sessions);
            if (barred.isPresent()) {
                List<String> which = barred.get().sessions().stream().map(Object::toString).toList();
                throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.SESSION_UNDER_ORDER,
                        barred.get().why() + ": " + String.join(", ", which), which, null);
            }
        }

        // the register of this parent's notices, locked so that two officers cannot both issue a third
        List<PenaltyNotice> ofCarer = em.createNamedQuery(PenaltyNotice.OF_CARER, PenaltyNotice.class)
                .setParameter("carer", carer.carerId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<PenaltyNoticeLimit.Prior> register = ofCarer.stream().map(PenaltyNotice::asPrior).toList();
        Set<PenaltyNoticeSession> covered = PenaltyNoticeLimit.alreadyCovered(carer.carerId(), pupil.id(), sessions,
                register);
        if (!covered.isEmpty()) {
            List<String> which = covered.stream().map(Object::toString).toList();
            throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.SESSION_ALREADY_COVERED,
                    "These sessions are already covered by a penalty notice to this parent: " + String.join(", ", which),
                    which, null);
        }
        PenaltyNoticeLimit.Decision decision = PenaltyNoticeLimit.decide(carer.carerId(), pupil.id(), issuedOn, register);
        if (!decision.allowed()) {
            throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.LIMIT_REACHED, "Two penalty notices"
                    + " were already issued to this parent for pupil " + pupil.upn() + " in the three years ending "
                    + issuedOn + " (issued " + decision.countingIssuedOn() + "): no further notice may be issued;"
                    + " consider the alternatives", null, PenaltyNoticeLimit.ALTERNATIVE_ACTIONS);
        }

        LocalDate receivedOn = receipt().receivedOn(method, servedOn);
        PenaltyNoticeAmounts amounts = PenaltyNoticeAmounts.of(decision.sequence(), receivedOn);
        String by = access.caller().username();
        PenaltyNotice notice = new PenaltyNotice(new PenaltyNotice.Issue(pupil.id(), pupil.upn(), pupil.laestab(),
                carer.carerId(), carer.forename() + " " + carer.surname(), issuedOn, issuer, method, servedOn,
                withoutNtI, by, clock.instant()), amounts, sessions, sessions.stream().map(codes::get).toList());
        em.persist(notice);
        em.flush();
        deadlines.schedule(new NewDeadline(UNPAID_KIND, "Penalty notice " + notice.id() + " to " + notice.carerName()
                + " unpaid after 28 days: prosecute or withdraw", SUBJECT, notice.id(), pupil.id(), by,
                amounts.fullBy().plusDays(1)));
        String what = "penalty notice " + notice.id() + " (" + (decision.sequence() == 1 ? "first" : "second")
                + ", " + notice.mainReason().name().toLowerCase(Locale.ROOT) + ") to " + notice.carerName()
                + ", issued by " + issuer.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " on " + issuedOn
                + ", received " + receivedOn + ", " + sessions.size() + " sessions";
        audit.fire(AuditEvent.change(pupil.id(), "penalty notice " + notice.id(), what));
        chronology.fire(new ChronologyEntry(clock.instant(), pupil.id(), null, "legal", "PENALTY_NOTICE_ISSUED",
                "Penalty notice issued: " + what, by));
        return Issued.of(notice);
    }

    /** Records a payment; the notice is settled once what is due on a day is paid in full by then. */
    public Notice pay(long id, NewPayment request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON body with amount and paidOn is required");
        }
        PenaltyNotice notice = load(id);
        List<InputProblem> problems = new ArrayList<>();
        if (request.amount() == null || request.amount().signum() <= 0 || request.amount().scale() > 2) {
            problems.add(InputProblem.of("amount", "amount must be above 0 in pounds and pence; got " + request.amount()));
        }
        LocalDate paidOn = date(problems, "paidOn", request.paidOn());
        LocalDate today = SystemClock.today(clock);
        if (paidOn != null && paidOn.isAfter(today)) {
            problems.add(InputProblem.of("paidOn", "paidOn (" + paidOn + ") is after today (" + today + ")"));
        }
        if (paidOn != null && paidOn.isBefore(notice.issuedOn())) {
            problems.add(InputProblem.of("paidOn", "paidOn (" + paidOn + ") is before the notice was issued ("
                    + notice.issuedOn() + ")"));
        }
        String reference = optional(problems, "reference", request.reference(), 60);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (notice.status() == PenaltyNoticeStatus.WITHDRAWN || notice.status() == PenaltyNoticeStatus.PROSECUTED) {
            throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.NOT_PAYABLE, "Penalty notice " + id
                    + " is " + notice.status() + ": it takes no payment");
        }
        PenaltyNoticeStatus before = notice.status();
        String by = access.caller().username();
        boolean settled = notice.pay(request.amount(), paidOn, reference, by, clock.instant());
        if (settled && !before.paid()) {
            deadlines.completeOpen(SUBJECT, id, UNPAID_KIND);
        }
        String what = "payment of £" + request.amount().toPlainString() + " on " + paidOn + " to penalty notice " + id
                + (settled && !before.paid() ? ": " + notice.status() + " on " + notice.settledOn() : "");
        audit.fire(AuditEvent.change(notice.pupilId(), "penalty notice " + id, what));
        chronology.fire(new ChronologyEntry(clock.instant(), notice.pupilId(), null, "legal", "PENALTY_NOTICE_PAYMENT",
                "Penalty notice payment: " + what, by));
        em.flush();
        return Notice.of(notice);
    }

    /** One row of the council's finance file: the notice's reference (PN-1050), the amount and the day it was paid. */
    public record ImportedPayment(int line, String reference, BigDecimal amount, LocalDate paidOn) {
    }

    /** A row whose reference names no notice: listed for the finance team, not recorded. */
    public record Unmatched(int line, String reference, BigDecimal amount, LocalDate paidOn) {
    }

    public record PaymentsImported(int rowsRead, int paymentsRecorded, int noticesSettled, List<Unmatched> unmatched) {
    }

    /**
     * The payments of the council's finance file, matched to notices by reference, in one transaction: every matched
     * row is recorded, or none is (a payment refused, e.g. on a withdrawn notice or dated before the notice, refuses
     * the file with each such row by line); rows whose reference names no notice are listed and not recorded.
     */
    public PaymentsImported recordPayments(List<ImportedPayment> rows) {
        List<InputProblem> problems = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<ImportedPayment, PenaltyNotice> matched = new LinkedHashMap<>();
        LocalDate today = SystemClock.today(clock);
        for (ImportedPayment row : rows) {
            Optional<Long> id = PenaltyNoticeViews.idOf(row.reference());
            PenaltyNotice notice = id.map(n -> em.find(PenaltyNotice.class, n, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
            if (notice == null) {
                unmatched.add(new Unmatched(row.line(), row.reference(), row.amount(), row.paidOn()));
                continue;
            }
            if (notice.status() == PenaltyNoticeStatus.WITHDRAWN || notice.status() == PenaltyNoticeStatus.PROSECUTED) {
                problems.add(InputProblem.atLine(row.line(), "reference", "Penalty notice " + row.reference() + " is "
                        + notice.status() + ": it takes no payment"));
            } else if (row.paidOn().isBefore(notice.issuedOn()) || row.paidOn().isAfter(today)) {
                problems.add(InputProblem.atLine(row.line(), "paid_on", "paid_on " + row.paidOn() + " is before notice "
                        + row.reference() + " was issued (" + notice.issuedOn() + ") or after today"));
            } else {
                matched.put(row, notice);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int settled = 0;
        String by = access.caller().username();
        for (Map.Entry<ImportedPayment, PenaltyNotice> entry : matched.entrySet()) {
            PenaltyNotice notice = entry.getValue();
            boolean wasPaid = notice.status().paid();
            if (notice.pay(entry.getKey().amount(), entry.getKey().paidOn(), entry.getKey().reference(), by,
                    clock.instant()) && !wasPaid) {
                deadlines.completeOpen(SUBJECT, notice.id(), UNPAID_KIND);
                settled++;
            }
            String what = "payment of £" + entry.getKey().amount().toPlainString() + " on " + entry.getKey().paidOn()
                    + " to penalty notice " + notice.id() + " from the finance file (line " + entry.getKey().line() + ")";
            audit.fire(AuditEvent.change(notice.pupilId(), "penalty notice " + notice.id(), what));
            chronology.fire(new ChronologyEntry(clock.instant(), notice.pupilId(), null, "legal",
                    "PENALTY_NOTICE_PAYMENT", "Penalty notice payment: " + what, by));
        }
        em.flush();
        return new PaymentsImported(rows.size(), matched.size(), settled, unmatched);
    }

    /** Withdraws the notice on a ground (reg 8, or unpaid and not prosecuted); any amount paid is due back. */
    public Notice withdraw(long id, NewWithdrawal request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON body with ground and reason is required");
        }
        PenaltyNotice notice = load(id);
        List<InputProblem> problems = new ArrayList<>();
        PenaltyNoticeWithdrawalGround ground = choice(problems, "ground", request.ground(),
                PenaltyNoticeWithdrawalGround.class);
        String reason = optional(problems, "reason", request.reason(), 2000);
        if (reason == null && !problems.stream().anyMatch(p -> p.field().equals("reason"))) {
            problems.add(InputProblem.of("reason", "reason is required: why the notice is withdrawn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String by = access.caller().username();
        try {
            notice.withdraw(ground, reason, SystemClock.today(clock), by);
        } catch (IllegalStateException e) {
            throw new PenaltyNoticeRefusedException(PenaltyNoticeRefusedException.NOT_WITHDRAWABLE, e.getMessage());
        }
        deadlines.completeOpen(SUBJECT, id, UNPAID_KIND);
        String what = "penalty notice " + id + " to " + notice.carerName() + " withdrawn (" + ground + "): " + reason
                + (notice.refundDue() == null ? "" : "; refund due £" + notice.refundDue().toPlainString());
        audit.fire(AuditEvent.change(notice.pupilId(), "penalty notice " + id, what));
        chronology.fire(new ChronologyEntry(clock.instant(), notice.pupilId(), null, "legal", "PENALTY_NOTICE_WITHDRAWN",
                "Penalty notice withdrawn: " + what, by));
        em.flush();
        return Notice.of(notice);
    }

    public record NewRefund(String refundedOn) {
    }

    /** The refund of a withdrawn notice's payments was made (reg 8: any amount paid is refunded). */
    public Notice refunded(long id, NewRefund request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON body with refundedOn is required");
        }
        PenaltyNotice notice = load(id);
        List<InputProblem> problems = new ArrayList<>();
        LocalDate on = date(problems, "refundedOn", request.refundedOn());
        if (on != null && on.isAfter(SystemClock.today(clock))) {
            problems.add(InputProblem.of("refundedOn", "refundedOn (" + on + ") is after today"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (notice.status() != PenaltyNoticeStatus.WITHDRAWN || notice.refundDue() == null) {
            throw new PenaltyNoticeRefusedException("NO_REFUND_DUE", "Penalty notice " + id + " has no refund due: only"
                    + " a withdrawn notice that was paid is refunded");
        }
        if (on.isBefore(notice.withdrawnOn())) {
            throw new InvalidInputException("refundedOn", "refundedOn (" + on + ") is before the withdrawal ("
                    + notice.withdrawnOn() + ")");
        }
        notice.refunded(on);
        String what = "refund of £" + notice.refundDue().toPlainString() + " on penalty notice " + id + " made on " + on;
        audit.fire(AuditEvent.change(notice.pupilId(), "penalty notice " + id, what));
        chronology.fire(new ChronologyEntry(clock.instant(), notice.pupilId(), null, "legal", "PENALTY_NOTICE_REFUNDED",
                "Penalty notice refunded: " + what, access.caller().username()));
        em.flush();
        return Notice.of(notice);
    }

    /** One notice, to whoever may read its child (a school lead: their own pupils'); otherwise 404. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD})
    public Notice notice(long id) {
        PenaltyNotice notice = em.find(PenaltyNotice.class, id);
        if (notice == null) {
            throw new NotVisibleException("Penalty notice " + id);
        }
        visible(notice);
        audit.fire(AuditEvent.read(notice.pupilId(), "penalty notice " + id, "penalty notice"));
        return Notice.of(notice);
    }

    /** The pupil's notices, oldest first, to whoever may read the child. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD})
    public List<Notice> ofPupil(UniquePupilNumber upn) {
        PupilRef pupil = pupils.visible(upn);
        List<Notice> found = em.createNamedQuery(PenaltyNotice.OF_PUPIL, PenaltyNotice.class)
                .setParameter("pupil", pupil.id()).getResultList().stream().map(Notice::of).toList();
        audit.fire(AuditEvent.read(pupil.id(), "pupil " + pupil.upn(), "penalty notices: " + found.size()));
        return found;
    }

    /**
     * The register (2007 Regulations reg 20): every notice the caller may see (a school lead: those of children on roll
     * at their school today), newest first, narrowed by a child's name or UPN and by status; at most 1,000.
     */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public List<Notice> register(String text, String status) {
        PenaltyNoticeStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = PenaltyNoticeStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "status must be one of "
                        + java.util.Arrays.toString(PenaltyNoticeStatus.values()) + "; got '" + status + "'");
            }
        }
        uk.gov.pathway.kernel.access.AccessScope scope = access.caller().pupilScope();
        Set<Long> visible = scope.allSchools() ? null : pupils.onRollToday(scope);
        Set<Long> matching = text == null || text.isBlank() ? null : pupils.matching(text, 1000);
        PenaltyNoticeStatus status1 = wanted;
        List<Notice> found = em.createNamedQuery(PenaltyNotice.ALL, PenaltyNotice.class).getResultStream()
                .filter(n -> visible == null || visible.contains(n.pupilId()))
                .filter(n -> matching == null || matching.contains(n.pupilId())
                        || n.carerName().toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT)))
                .filter(n -> status1 == null || n.status() == status1)
                .limit(1000).map(Notice::of).toList();
        audit.fire(AuditEvent.read(null, "penalty notice register", found.size() + " notices"
                + (text == null || text.isBlank() ? "" : " matching '" + text.strip() + "'")
                + (status1 == null ? "" : ", " + status1)));
        return found;
    }

    /** The manager's figures: notices by month of issue and main reason, and where they stand, for an academic year. */
    public record MonthCount(String month, long holiday, long lateness, long other) implements java.io.Serializable {
    }

    public record Figures(int academicYear, List<MonthCount> byMonth, DfeReturn outcomes, Double paymentRatePercent) implements java.io.Serializable {
    }

    public Figures figures(Integer startYear) {
        DfeReturn outcomes = dfeReturn(startYear);
        List<PenaltyNotice> notices = em.createNamedQuery(PenaltyNotice.ISSUED_BETWEEN, PenaltyNotice.class)
                .setParameter("from", LocalDate.of(startYear, 9, 1)).setParameter("to", LocalDate.of(startYear + 1, 8, 31))
                .getResultList();
        List<MonthCount> byMonth = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            java.time.YearMonth month = java.time.YearMonth.of(startYear, 9).plusMonths(i);
            List<PenaltyNotice> in = notices.stream().filter(n -> java.time.YearMonth.from(n.issuedOn()).equals(month))
                    .toList();
            byMonth.add(new MonthCount(month.toString(),
                    in.stream().filter(n -> n.mainReason() == PenaltyNoticeReason.HOLIDAY).count(),
                    in.stream().filter(n -> n.mainReason() == PenaltyNoticeReason.LATENESS).count(),
                    in.stream().filter(n -> n.mainReason() == PenaltyNoticeReason.OTHER).count()));
        }
        long payable = outcomes.issued() - outcomes.withdrawn();
        Double rate = payable == 0 ? null : Math.round(1000.0 * (outcomes.paidWithin21Days()
                + outcomes.paidIn22To28Days()) / payable) / 10.0;
        return new Figures(startYear, byMonth, outcomes, rate);
    }

    /** The annual DfE return for the academic year that starts in September of {@code startYear}. */
    public DfeReturn dfeReturn(Integer startYear) {
        if (startYear == null || startYear < 2000 || startYear > 2999) {
            throw new InvalidInputException("academicYear", "academicYear must be the year the academic year starts,"
                    + " e.g. 2026 for 2026/27; got " + startYear);
        }
        SchoolCalendar calendar = calendars.calendar();
        LocalDate from = calendar.academicYears().stream().filter(y -> y.start().getYear() == startYear)
                .map(AcademicYear::start).findFirst().orElse(LocalDate.of(startYear, 9, 1));
        LocalDate to = calendar.academicYears().stream().filter(y -> y.start().getYear() == startYear)
                .map(AcademicYear::end).findFirst().orElse(LocalDate.of(startYear + 1, 8, 31));
        List<PenaltyNotice> notices = em.createNamedQuery(PenaltyNotice.ISSUED_BETWEEN, PenaltyNotice.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        DfeReturn answer = PenaltyNoticeReturn.of(startYear, notices);
        if (!answer.addsUp()) {
            throw new IllegalStateException("The DfE return for " + startYear + " does not add up: " + answer);
        }
        audit.fire(AuditEvent.read(null, "penalty notice register", "DfE return for " + startYear + "/"
                + (startYear + 1) % 100 + ": " + answer.issued() + " notices"));
        return answer;
    }

    private void visible(PenaltyNotice notice) {
        pupils.visible(UniquePupilNumber.of(notice.upn()));
    }

    private PenaltyNotice load(long id) {
        PenaltyNotice notice = em.find(PenaltyNotice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (notice == null) {
            throw new NotVisibleException("Penalty notice " + id);
        }
        visible(notice);
        return notice;
    }

    /** Receipt on the council calendar's bank holidays. */
    private PenaltyNoticeReceipt receipt() {
        Set<LocalDate> bankHolidays = new TreeSet<>();
        calendars.calendar().academicYears().forEach(y -> bankHolidays.addAll(y.bankHolidays()));
        return new PenaltyNoticeReceipt(bankHolidays);
    }

    private static LocalDate date(List<InputProblem> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(InputProblem.of(field, field + " is required, written YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.of(field, field + " must be a date written YYYY-MM-DD; got '" + text + "'"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(List<InputProblem> problems, String field, String text, Class<E> type) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (text == null || !names.contains(text.strip())) {
            problems.add(InputProblem.of(field, field + " must be one of " + String.join(", ", names) + "; got '"
                    + (text == null ? "" : text) + "'"));
            return null;
        }
        return Enum.valueOf(type, text.strip());
    }

    private static String optional(List<InputProblem> problems, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            problems.add(InputProblem.of(field, field + " is longer than " + max + " characters"));
            return null;
        }
        return text.strip();
    }
}

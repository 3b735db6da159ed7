package uk.gov.pathway.legal.orders.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.boundary.GateNotMetException;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.orders.control.OrderCases;
import uk.gov.pathway.legal.orders.entity.AttendanceOrder;
import uk.gov.pathway.legal.orders.entity.OrderPeriod;
import uk.gov.pathway.legal.orders.entity.SaoProcedure;
import uk.gov.pathway.legal.orders.entity.SaoProcedureInForce;
import uk.gov.pathway.legal.orders.entity.SupervisionOrder;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/**
 * School Attendance Orders (Education Act 1996 s437-s443): the s437(1) notice with its period beginning with the day
 * of service, the s438 notice naming the school, the order naming a school (which must admit), then satisfied,
 * revoked, the s443 offence, or ended because an Education Supervision Order was made. Each procedure keeps the
 * periods in force on the day it began (Parliament changed them in 2026: the council adds a procedure with the day it
 * came into force).
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
public class SchoolAttendanceOrders {

    public static final String SUBJECT = "attendance_order";
    public static final String PERIOD_ENDS = "SAO_PERIOD_ENDS";

    public record SaoView(long id, long caseId, String upn, String childName, String procedure, LocalDate beganOn,
                          String step, LocalDate s437ServedOn, LocalDate s437PeriodEnds, LocalDate s438ServedOn,
                          LocalDate s438PeriodEnds, String namedLaestab, LocalDate orderMadeOn, String orderLaestab,
                          LocalDate endedOn, String endReason, long version) {
    }

    @EJB
    AccessControl access;

    @EJB
    PupilDirectory directory;

    @EJB
    Deadlines deadlines;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    OrderCases orderCases;

    /** The s437(1) notice served on {@code servedOn}: the procedure begins, keyed by that day. */
    public SaoView begin(long caseId, String upn, LocalDate servedOn) {
        orderCases.requireWorks(caseId);
        if (servedOn == null) {
            throw new InvalidInputException("servedOn", "Give the day the s437(1) notice was served");
        }
        notFuture("servedOn", servedOn);
        PupilRef child = orderCases.childOf(caseId, upn, "order");
        List<OrderPeriod> esos = em.createNamedQuery(SupervisionOrder.OF_PUPIL, SupervisionOrder.class)
                .setParameter("pupil", child.id()).getResultList().stream().map(SupervisionOrder::period).toList();
        if (esos.stream().anyMatch(p -> p.covers(servedOn))) {
            throw new GateNotMetException("While an Education Supervision Order runs, no School Attendance Order"
                    + " procedure runs", List.of("an Education Supervision Order ends first"));
        }
        if (em.createNamedQuery(AttendanceOrder.OF_PUPIL, AttendanceOrder.class).setParameter("pupil", child.id())
                .getResultList().stream().anyMatch(o -> o.step().running())) {
            throw new InvalidInputException("upn", child.name() + " already has a School Attendance Order procedure"
                    + " running");
        }
        SaoProcedure procedure = procedureOn(servedOn);
        AttendanceOrder sao = new AttendanceOrder(caseId, child.id(), procedure, servedOn, access.caller().username(),
                clock.instant());
        em.persist(sao);
        em.flush();
        periodDeadline(sao, sao.s437PeriodEnds(), "the s437(1) notice's period");
        announce(sao, "SAO_S437_NOTICE", "School Attendance Order: s437(1) notice served on " + servedOn + "; "
                + procedure.s437Days() + " days to show suitable education, to " + sao.s437PeriodEnds());
        return view(sao);
    }

    /** The s438 notice naming the school the council intends to name. */
    public SaoView s438(long saoId, LocalDate servedOn, String namedLaestab) {
        AttendanceOrder sao = worked(saoId);
        if (servedOn == null) {
            throw new InvalidInputException("servedOn", "Give the day the s438 notice was served");
        }
        notFuture("servedOn", servedOn);
        if (namedLaestab == null || !namedLaestab.strip().matches("\\d{7}")) {
            throw new InvalidInputException("laestab", "Name the school the council intends to name (LAESTAB)");
        }
        try {
            sao.s438(procedure(sao.procedureCode()), servedOn, namedLaestab.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("servedOn", e.getMessage());
        }
        deadlines.completeOpen(SUBJECT, sao.id(), PERIOD_ENDS);
        periodDeadline(sao, sao.s438PeriodEnds(), "the s438 notice's period");
        announce(sao, "SAO_S438_NOTICE", "School Attendance Order: s438 notice served on " + servedOn + " naming "
                + namedLaestab.strip() + "; to choose another school by " + sao.s438PeriodEnds());
        return view(sao);
    }

    /** The order naming a school (the one named, or the parent's choice made in time); the school must admit. */
    public SaoView order(long saoId, LocalDate madeOn, String laestab) {
        AttendanceOrder sao = worked(saoId);
        if (madeOn == null) {
            throw new InvalidInputException("madeOn", "Give the day the order was made");
        }
        notFuture("madeOn", madeOn);
        String school = laestab == null || laestab.isBlank() ? sao.namedLaestab() : laestab.strip();
        try {
            sao.order(madeOn, school);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("madeOn", e.getMessage());
        }
        deadlines.completeOpen(SUBJECT, sao.id(), PERIOD_ENDS);
        announce(sao, "SAO_MADE", "School Attendance Order made on " + madeOn + " naming " + school);
        return view(sao);
    }

    /** SATISFIED (the parent showed suitable education), REVOKED, or S443_OFFENCE (the order not complied with). */
    public SaoView end(long saoId, String how, LocalDate on, String reason) {
        AttendanceOrder sao = worked(saoId);
        AttendanceOrder.Step step;
        try {
            step = AttendanceOrder.Step.valueOf(how == null ? "" : how.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            step = null;
        }
        if (step != AttendanceOrder.Step.SATISFIED && step != AttendanceOrder.Step.REVOKED
                && step != AttendanceOrder.Step.S443_OFFENCE) {
            throw new InvalidInputException("outcome", "outcome is SATISFIED, REVOKED or S443_OFFENCE");
        }
        if (on == null) {
            throw new InvalidInputException("on", "Give the day");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why");
        }
        try {
            sao.end(step, notFuture("on", on), reason.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", e.getMessage());
        }
        deadlines.completeOpen(SUBJECT, sao.id(), PERIOD_ENDS);
        announce(sao, "SAO_" + step.name(), "School Attendance Order: " + step.name().replace('_', ' ')
                .toLowerCase(Locale.ROOT) + " on " + on);
        return view(sao);
    }

    /** An Education Supervision Order was made for the child: any School Attendance Order procedure ceases. */
    public void endedBySupervisionOrder(long pupilId, LocalDate on, long esoId) {
        for (AttendanceOrder sao : em.createNamedQuery(AttendanceOrder.OF_PUPIL, AttendanceOrder.class)
                .setParameter("pupil", pupilId).getResultList()) {
            if (sao.step().running()) {
                sao.end(AttendanceOrder.Step.ENDED_BY_ESO, on, "Education Supervision Order " + esoId + " made");
                deadlines.completeOpen(SUBJECT, sao.id(), PERIOD_ENDS);
                announce(sao, "SAO_ENDED_BY_ESO", "School Attendance Order ceased: Education Supervision Order "
                        + esoId + " made on " + on);
            }
        }
    }

    public List<SaoView> ofCase(long caseId) {
        orderCases.requireReads(caseId);
        return em.createNamedQuery(AttendanceOrder.OF_CASE, AttendanceOrder.class).setParameter("caseId", caseId)
                .getResultList().stream().map(this::view).toList();
    }

    public SaoView get(long saoId) {
        return view(readable(saoId));
    }

    /** The procedures the council keeps, by the day each came into force. */
    public List<SaoProcedure> procedures() {
        return em.createNamedQuery(SaoProcedureInForce.ALL, SaoProcedureInForce.class).getResultList().stream()
                .map(SaoProcedureInForce::procedure).toList();
    }

    private SaoProcedure procedureOn(LocalDate began) {
        try {
            return SaoProcedure.inForceOn(procedures(), began);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("servedOn", e.getMessage());
        }
    }

    private SaoProcedure procedure(String code) {
        return procedures().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No procedure " + code));
    }

    private void periodDeadline(AttendanceOrder sao, LocalDate ends, String what) {
        LocalDate today = SystemClock.today(clock);
        deadlines.schedule(new NewDeadline(PERIOD_ENDS, "School Attendance Order " + sao.id() + ": " + what
                + " ends on " + ends + "; decide the next step", SUBJECT, sao.id(), sao.pupilId(),
                access.caller().username(), ends.plusDays(1).isBefore(today) ? today : ends.plusDays(1)));
    }

    private LocalDate notFuture(String field, LocalDate day) {
        if (day.isAfter(SystemClock.today(clock))) {
            throw new InvalidInputException(field, field + " (" + day + ") is in the future");
        }
        return day;
    }

    SaoView view(AttendanceOrder o) {
        PupilRef child = directory.refs(List.of(o.pupilId())).get(o.pupilId());
        return new SaoView(o.id(), o.caseId(), child == null ? null : child.upn(), child == null ? null : child.name(),
                o.procedureCode(), o.beganOn(), o.step().name(), o.s437ServedOn(), o.s437PeriodEnds(),
                o.s438ServedOn(), o.s438PeriodEnds(), o.namedLaestab(), o.orderMadeOn(), o.orderLaestab(),
                o.endedOn(), o.endReason(), o.version());
    }

    private void announce(AttendanceOrder o, String kind, String summary) {
        orderCases.announce(o.pupilId(), o.caseId(), "school attendance order " + o.id(), kind, summary);
    }

    private AttendanceOrder readable(long saoId) {
        return orderCases.readable(em.find(AttendanceOrder.class, saoId), "School Attendance Order " + saoId,
                AttendanceOrder::caseId, AttendanceOrder::pupilId);
    }

    private AttendanceOrder worked(long saoId) {
        return orderCases.worked(em.find(AttendanceOrder.class, saoId), "School Attendance Order " + saoId,
                AttendanceOrder::caseId, AttendanceOrder::pupilId);
    }
}

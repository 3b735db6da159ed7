package uk.gov.pathway.legal.orders.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.orders.control.OrderCases;
import uk.gov.pathway.legal.orders.entity.OrderEvent;
import uk.gov.pathway.legal.orders.entity.SupersededDuty;
import uk.gov.pathway.legal.orders.entity.SupervisionOrder;
import uk.gov.pathway.legal.orders.entity.SupervisionTerm;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Education Supervision Orders (Children Act 1989 s36; spec/RULES.md): made for a child of a case after the council
 * consulted children's services, supervised by an officer with directions; the extension window raises the
 * supervising officer's task to decide; extensions, breaches and an early end. While an order runs the parents'
 * s444 duty is superseded: {@link #isUnderEducationSupervisionOrder} is what penalty notices and prosecution files ask,
 * and any School Attendance Order of the child ends ({@link SchoolAttendanceOrders#endedBySupervisionOrder}).
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
public class SupervisionOrders {

    public static final String SUBJECT = "supervision_order";
    public static final String EXTENSION_WINDOW = "ESO_EXTENSION_WINDOW";
    public static final String ORDER_ENDS = "ESO_ENDS";

    /** An order as the API answers it (spec/API.md: id, madeOn, endsOn, extensionWindowOpens). */
    public record OrderMade(long id, LocalDate madeOn, LocalDate endsOn, LocalDate extensionWindowOpens) {
    }

    /** An order in full, with what happened since it was made. */
    public record OrderView(long id, long caseId, String upn, String childName, String status, LocalDate consultedOn,
                            String consultation, LocalDate appliedOn, LocalDate heardOn, LocalDate madeOn,
                            LocalDate endsOn, LocalDate extensionWindowOpens, boolean endsWithCompulsorySchoolAge,
                            String supervisingOfficer, String directions, String wishes, int extensions,
                            LocalDate endedOn, String endReason, List<EventView> events, long version) {
    }

    public record EventView(String kind, LocalDate on, String note, String by) {
    }

    /** What the officer records when the court makes an order; {@code upn} may be left out for a one-child case. */
    public record NewOrder(String upn, LocalDate madeOn, String supervisingOfficer, LocalDate consultedOn,
                           String consultation, LocalDate appliedOn, LocalDate heardOn, String directions,
                           String wishes) {
    }

    @EJB
    AccessControl access;

    @EJB
    PupilDirectory directory;

    @EJB
    Deadlines deadlines;

    @EJB
    SchoolAttendanceOrders attendanceOrders;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    OrderCases orderCases;

    /** The order the Family Court made, recorded by those who work the case. */
    public OrderMade make(long caseId, NewOrder order) {
        orderCases.requireWorks(caseId);
        if (order == null || order.madeOn() == null) {
            throw new InvalidInputException("madeOn", "Give the day the court made the order (madeOn)");
        }
        LocalDate today = SystemClock.today(clock);
        if (order.madeOn().isAfter(today)) {
            throw new InvalidInputException("madeOn", "madeOn (" + order.madeOn() + ") is in the future");
        }
        if (order.supervisingOfficer() == null || order.supervisingOfficer().isBlank()) {
            throw new InvalidInputException("supervisingOfficer", "Name the supervising officer (their user name)");
        }
        if (order.consultedOn() != null && order.consultedOn().isAfter(order.madeOn())) {
            throw new InvalidInputException("consultedOn", "Children's services are consulted before the application"
                    + " (s36(8)), not after the order");
        }
        PupilRef child = orderCases.childOf(caseId, order.upn(), "order");
        SupervisionTerm term;
        try {
            term = SupervisionTerm.made(order.madeOn(), child.dateOfBirth());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("madeOn", e.getMessage());
        }
        String officer = order.supervisingOfficer().strip();
        SupervisionOrder made = new SupervisionOrder(caseId, child.id(), term, new SupervisionOrder.Details(
                order.consultedOn(), blank(order.consultation()), order.appliedOn(), order.heardOn(), officer,
                blank(order.directions()), blank(order.wishes())), access.caller().username(), clock.instant());
        em.persist(made);
        em.flush();
        schedule(made, child.id(), today);
        attendanceOrders.endedBySupervisionOrder(child.id(), order.madeOn(), made.id());
        announce(made, "ESO_MADE", "Education Supervision Order made on " + term.madeOn() + ", ends on "
                + term.endsOn() + "; supervising officer " + officer);
        return new OrderMade(made.id(), made.madeOn(), made.endsOn(), made.extensionWindowOpens());
    }

    /** The orders of a case the caller reads. */
    public List<OrderView> ofCase(long caseId) {
        orderCases.requireReads(caseId);
        return em.createNamedQuery(SupervisionOrder.OF_CASE, SupervisionOrder.class).setParameter("caseId", caseId)
                .getResultList().stream().map(this::view).toList();
    }

    public OrderView order(long orderId) {
        return view(readable(orderId));
    }

    /** Directions given by the supervising officer, with the child's and the parents' wishes (Sch 3 para 12). */
    public OrderView directions(long orderId, String directions, String wishes) {
        SupervisionOrder o = worked(orderId);
        if (directions == null || directions.isBlank()) {
            throw new InvalidInputException("directions", "Write the directions given");
        }
        o.directions(directions.strip(), blank(wishes));
        announce(o, "ESO_DIRECTIONS", "Directions given under the Education Supervision Order");
        return view(o);
    }

    /** The court extended the order (applied for in the window): up to 3 years from the old end. */
    public OrderView extend(long orderId, LocalDate appliedOn, Integer years) {
        SupervisionOrder o = worked(orderId);
        if (years == null) {
            throw new InvalidInputException("years", "Say by how many years the court extended the order (1 to 3)");
        }
        if (appliedOn == null) {
            throw new InvalidInputException("appliedOn", "Give the day the council applied to extend the order");
        }
        PupilRef child = directory.refs(List.of(o.pupilId())).get(o.pupilId());
        SupervisionTerm extended;
        try {
            extended = o.term().extendedBy(years, appliedOn, child == null ? null : child.dateOfBirth());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage().contains("years") ? "years" : "appliedOn", e.getMessage());
        }
        o.extend(extended);
        em.persist(new OrderEvent(o.id(), OrderEvent.Kind.EXTENDED, appliedOn, "Extended by " + years
                + " year(s) to " + extended.endsOn(), access.caller().username(), clock.instant()));
        deadlines.cancelAll(SUBJECT, o.id());
        schedule(o, o.pupilId(), SystemClock.today(clock));
        announce(o, "ESO_EXTENDED", "Education Supervision Order extended to " + extended.endsOn());
        return view(o);
    }

    /**
     * A breach: PARENT_BREACH (the parent persistently fails to follow the directions: an offence, Sch 3 para 18) or
     * CHILD_BREACH (the child's persistent failure: referred to children's social care, para 19).
     */
    public OrderView breach(long orderId, String kind, LocalDate on, String note) {
        SupervisionOrder o = worked(orderId);
        OrderEvent.Kind k;
        try {
            k = OrderEvent.Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            k = null;
        }
        if (k != OrderEvent.Kind.PARENT_BREACH && k != OrderEvent.Kind.CHILD_BREACH) {
            throw new InvalidInputException("kind", "kind is PARENT_BREACH or CHILD_BREACH");
        }
        if (on == null || !o.term().covers(on)) {
            throw new InvalidInputException("on", "A breach happens while the order runs (" + o.madeOn() + " to "
                    + o.endsOn() + ")");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "Describe the failure to follow the directions");
        }
        em.persist(new OrderEvent(o.id(), k, on, note.strip(), access.caller().username(), clock.instant()));
        announce(o, "ESO_" + k.name(), k == OrderEvent.Kind.PARENT_BREACH
                ? "Parent persistently failed to follow the directions (Sch 3 para 18)"
                : "Child persistently failed to follow the directions: referred to children's social care (para 19)");
        return view(o);
    }

    /** The order ended before its term (a care order; the court discharged it). */
    public OrderView end(long orderId, LocalDate on, String reason) {
        SupervisionOrder o = worked(orderId);
        if (on == null || on.isBefore(o.madeOn())) {
            throw new InvalidInputException("on", "Give the day the order ended, not before " + o.madeOn());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the order ended early (e.g. a care order was made)");
        }
        o.end(on, reason.strip());
        em.persist(new OrderEvent(o.id(), OrderEvent.Kind.ENDED, on, reason.strip(), access.caller().username(),
                clock.instant()));
        deadlines.cancelAll(SUBJECT, o.id());
        announce(o, "ESO_ENDED", "Education Supervision Order ended on " + on + ": " + reason.strip());
        return view(o);
    }

    // ---- the seams for penalty notices and prosecution files ---------------------------------------------------------

    /**
     * Whether the child is under an Education Supervision Order on {@code date}: a penalty notice for a session that
     * day is refused (the parents' s444 duty is superseded). The caller has already seen the child (404 otherwise).
     */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD, Roles.LEGAL_OFFICER})
    public boolean isUnderEducationSupervisionOrder(String upn, LocalDate date) {
        return !daysUnderOrder(upn, List.of(date)).isEmpty();
    }

    /** The days of {@code days} on which the child is under an order, in the order given. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD, Roles.LEGAL_OFFICER})
    public List<LocalDate> daysUnderOrder(String upn, Collection<LocalDate> days) {
        PupilRef child = directory.visible(new UniquePupilNumber(upn));
        return dutyOf(child.id()).daysSuperseded(days);
    }

    /**
     * The child's orders as the rule that the parents' duty is superseded while one runs (by the child's id: for
     * another module that holds the child).
     */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD, Roles.LEGAL_OFFICER})
    public SupersededDuty dutyOf(long pupilId) {
        return new SupersededDuty(em.createNamedQuery(SupervisionOrder.OF_PUPIL, SupervisionOrder.class)
                .setParameter("pupil", pupilId).getResultList().stream().map(SupervisionOrder::period).toList());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private void schedule(SupervisionOrder o, long pupilId, LocalDate today) {
        if (o.extensionWindowOpens() != null && !o.endsOn().isBefore(today)) {
            LocalDate due = o.extensionWindowOpens().isBefore(today) ? today : o.extensionWindowOpens();
            deadlines.schedule(new NewDeadline(EXTENSION_WINDOW, "Education Supervision Order " + o.id() + ": decide"
                    + " whether to apply to extend it (by " + o.endsOn() + ")", SUBJECT, o.id(), pupilId,
                    o.supervisingOfficer(), due));
        }
        if (!o.endsOn().isBefore(today)) {
            deadlines.schedule(new NewDeadline(ORDER_ENDS, "Education Supervision Order " + o.id() + " ends on "
                    + o.endsOn(), SUBJECT, o.id(), pupilId, o.supervisingOfficer(), o.endsOn()));
        }
    }

    OrderView view(SupervisionOrder o) {
        PupilRef child = directory.refs(List.of(o.pupilId())).get(o.pupilId());
        List<EventView> events = new ArrayList<>();
        em.createNamedQuery(OrderEvent.OF_ORDER, OrderEvent.class).setParameter("orderId", o.id()).getResultList()
                .forEach(e -> events.add(new EventView(e.kind().name(), e.onDate(), e.note(), e.by())));
        return new OrderView(o.id(), o.caseId(), child == null ? null : child.upn(), child == null ? null
                : child.name(), o.status(SystemClock.today(clock)), o.consultedOn(), o.consultation(), o.appliedOn(),
                o.heardOn(), o.madeOn(), o.endsOn(), o.extensionWindowOpens(), o.endsWithCompulsoryAge(),
                o.supervisingOfficer(), o.directions(), o.wishes(), o.extensions(), o.endedOn(), o.endReason(),
                events, o.version());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void announce(SupervisionOrder o, String kind, String summary) {
        orderCases.announce(o.pupilId(), o.caseId(), "education supervision order " + o.id(), kind, summary);
    }

    private SupervisionOrder readable(long orderId) {
        return orderCases.readable(em.find(SupervisionOrder.class, orderId), "Education Supervision Order " + orderId,
                SupervisionOrder::caseId, SupervisionOrder::pupilId);
    }

    private SupervisionOrder worked(long orderId) {
        return orderCases.worked(em.find(SupervisionOrder.class, orderId), "Education Supervision Order " + orderId,
                SupervisionOrder::caseId, SupervisionOrder::pupilId);
    }
}

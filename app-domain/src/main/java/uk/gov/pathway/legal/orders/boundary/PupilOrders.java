package uk.gov.pathway.legal.orders.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.orders.entity.AttendanceOrder;
import uk.gov.pathway.legal.orders.entity.ParentingContract;
import uk.gov.pathway.legal.orders.entity.SupervisionOrder;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * The statuses of a child's orders and contracts, and nothing more: what a school attendance lead sees of their own
 * pupils (another school's child is 404), and council staff of any child.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class PupilOrders {

    /** One order or contract: its kind, status, from and to (when known). */
    public record OrderStatus(String upn, String childName, String kind, String status, LocalDate from, LocalDate to) implements java.io.Serializable {
    }

    @EJB
    PupilDirectory directory;

    @EJB
    uk.gov.pathway.kernel.access.AccessControl access;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public List<OrderStatus> of(UniquePupilNumber upn) {
        PupilRef child = directory.visible(upn);
        audit.fire(AuditEvent.read(child.id(), "pupil " + child.upn(), "statuses of orders and contracts"));
        return statuses(List.of(child));
    }

    /**
     * The statuses of the orders and contracts of the children on roll today at the caller's own school (a school
     * lead), or every child the caller reads (council staff); only children with one are listed.
     */
    public List<OrderStatus> ofMyPupils() {
        java.util.Set<Long> withOrders = new java.util.LinkedHashSet<>();
        withOrders.addAll(em.createQuery("select o.pupilId from SupervisionOrder o", Long.class).getResultList());
        withOrders.addAll(em.createQuery("select o.pupilId from AttendanceOrder o", Long.class).getResultList());
        withOrders.addAll(em.createQuery("select c.pupilId from ParentingContract c", Long.class).getResultList());
        withOrders.retainAll(directory.onRollToday(access.caller().pupilScope()));
        List<PupilRef> children = new ArrayList<>(directory.refs(withOrders).values());
        audit.fire(AuditEvent.read(null, "statuses of orders and contracts", children.size() + " children"));
        return statuses(children);
    }

    private List<OrderStatus> statuses(List<PupilRef> children) {
        LocalDate today = SystemClock.today(clock);
        List<OrderStatus> found = new ArrayList<>();
        for (PupilRef child : children) {
            for (SupervisionOrder o : em.createNamedQuery(SupervisionOrder.OF_PUPIL, SupervisionOrder.class)
                    .setParameter("pupil", child.id()).getResultList()) {
                found.add(new OrderStatus(child.upn(), child.name(), "EDUCATION_SUPERVISION_ORDER", o.status(today),
                        o.madeOn(), o.period().to()));
            }
            for (AttendanceOrder o : em.createNamedQuery(AttendanceOrder.OF_PUPIL, AttendanceOrder.class)
                    .setParameter("pupil", child.id()).getResultList()) {
                found.add(new OrderStatus(child.upn(), child.name(), "SCHOOL_ATTENDANCE_ORDER", o.step().name(),
                        o.beganOn(), o.endedOn()));
            }
            for (ParentingContract c : em.createNamedQuery(ParentingContract.OF_PUPIL, ParentingContract.class)
                    .setParameter("pupil", child.id()).getResultList()) {
                found.add(new OrderStatus(child.upn(), child.name(), "PARENTING_CONTRACT", c.status(), c.signedOn(),
                        c.endedOn()));
            }
        }
        return found;
    }
}

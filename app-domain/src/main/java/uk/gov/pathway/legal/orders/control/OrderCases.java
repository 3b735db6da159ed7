package uk.gov.pathway.legal.orders.control;

import java.time.Clock;
import java.util.Map;
import java.util.function.ToLongFunction;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.audit.AuditTrail;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/**
 * What the orders (parenting contracts, School Attendance Orders, Education Supervision Orders) ask of the case they
 * belong to, in one place: which child of the case an order is for, whether the caller reads or works the case (a
 * refused read audited, and answered as not found), and the chronology and audit entries of a change.
 */
@Dependent
public class OrderCases {

    @EJB
    Cases cases;

    @EJB
    CaseWork work;

    @EJB
    PupilDirectory directory;

    @EJB
    AccessControl access;

    @EJB
    AuditTrail trail;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Clock clock;

    /** The child of the case with this UPN; with none given, the case's only child. */
    public PupilRef childOf(long caseId, String upn, String order) {
        Map<Long, PupilRef> refs = directory.refs(cases.pupilIds(caseId));
        if (upn == null || upn.isBlank()) {
            if (refs.size() == 1) {
                return refs.values().iterator().next();
            }
            throw new InvalidInputException("upn", "Case " + caseId + " is about " + refs.size() + " children: say"
                    + " which child the " + order + " is for (their UPN)");
        }
        return refs.values().stream().filter(c -> c.upn().equalsIgnoreCase(upn.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("upn", "Pupil " + upn + " is not a child of case "
                        + caseId));
    }

    /** 404 for a case the caller does not read; a refused read of one that exists is audited. */
    public void requireReads(long caseId) {
        if (!cases.reads(caseId)) {
            for (Long pupilId : cases.pupilIds(caseId)) {
                trail.refused(pupilId, "case " + caseId, "orders of a case the caller does not read");
            }
            throw new NotVisibleException("Case " + caseId);
        }
    }

    /** The caller works the case (records what happens on it), else 403. */
    public void requireWorks(long caseId) {
        work.requireWorks(caseId);
    }

    /**
     * The order found (or null) when the caller reads its case; else 404 as if it did not exist, the refused read
     * audited. {@code what} names it, e.g. "School Attendance Order 7".
     */
    public <T> T readable(T found, String what, ToLongFunction<T> caseOf, ToLongFunction<T> pupilOf) {
        if (found == null) {
            throw new NotVisibleException(what);
        }
        if (!cases.reads(caseOf.applyAsLong(found))) {
            trail.refused(pupilOf.applyAsLong(found), what.toLowerCase(java.util.Locale.ROOT),
                    "a case the caller does not read");
            throw new NotVisibleException(what);
        }
        return found;
    }

    /** {@link #readable}, and the caller works its case. */
    public <T> T worked(T found, String what, ToLongFunction<T> caseOf, ToLongFunction<T> pupilOf) {
        T order = readable(found, what, caseOf, pupilOf);
        work.requireWorks(caseOf.applyAsLong(order));
        return order;
    }

    /** A change to an order: in the child's chronology (legal) and the audit trail. */
    public void announce(long pupilId, long caseId, String what, String kind, String summary) {
        chronology.fire(new ChronologyEntry(clock.instant(), pupilId, caseId, "legal", kind, summary,
                access.caller().username()));
        audit.fire(AuditEvent.change(pupilId, what, summary));
    }
}

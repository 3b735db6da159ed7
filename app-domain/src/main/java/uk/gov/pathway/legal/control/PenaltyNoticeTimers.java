package uk.gov.pathway.legal.control;

import java.time.Clock;
import java.time.LocalDate;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.deadlines.DeadlineFired;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.boundary.PenaltyNotices;
import uk.gov.pathway.legal.entity.PenaltyNotice;

/**
 * The end of a notice's 28 days: the kernel's persistent deadline (set when the notice was issued, for the day after
 * its 28th day) fires once, raises the officer's task to prosecute or withdraw, and here the notice, if still unsettled,
 * becomes UNPAID, in the same transaction. A notice settled or withdrawn first had its deadline met, so it never fires;
 * one settled later (a payment made in time, recorded late) is paid again and the task closes.
 */
@Stateless
@PermitAll
public class PenaltyNoticeTimers {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<AuditEvent> audit;

    public void unpaidAfter28Days(@Observes DeadlineFired fired) {
        if (!PenaltyNotices.UNPAID_KIND.equals(fired.kind()) || !PenaltyNotices.SUBJECT.equals(fired.subjectType())) {
            return;
        }
        PenaltyNotice notice = em.find(PenaltyNotice.class, fired.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = SystemClock.today(clock);
        if (notice == null || !notice.markUnpaid(today)) {
            return;
        }
        String what = "penalty notice " + notice.id() + " to " + notice.carerName() + " not paid within the 28 days"
                + " ending " + notice.fullBy() + ": unpaid; the council must prosecute or withdraw it";
        audit.fire(AuditEvent.change(notice.pupilId(), "penalty notice " + notice.id(), what));
        chronology.fire(new ChronologyEntry(clock.instant(), notice.pupilId(), null, "legal", "PENALTY_NOTICE_UNPAID",
                "Penalty notice unpaid: " + what, "system"));
    }
}

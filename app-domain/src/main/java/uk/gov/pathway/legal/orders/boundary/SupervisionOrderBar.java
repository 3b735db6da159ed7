package uk.gov.pathway.legal.orders.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.gov.pathway.legal.boundary.PenaltyNoticeBar;
import uk.gov.pathway.legal.entity.PenaltyNoticeSession;
import uk.gov.pathway.legal.orders.entity.SupersededDuty;

/**
 * While an Education Supervision Order runs the parents' s444 duty is superseded (spec/RULES.md), so penalty notices
 * ask this bar before they record a notice: a session on a day an order of the child covers is refused (422).
 */
@ApplicationScoped
public class SupervisionOrderBar implements PenaltyNoticeBar {

    @Inject
    SupervisionOrders orders;

    @Override
    public Optional<Barred> barred(long pupilId, List<PenaltyNoticeSession> sessions) {
        SupersededDuty duty = orders.dutyOf(pupilId);
        List<PenaltyNoticeSession> under = sessions.stream().filter(s -> duty.supersededOn(s.date())).toList();
        return under.isEmpty() ? Optional.empty() : Optional.of(new Barred(SupersededDuty.NO_PENALTY_NOTICE, under));
    }
}

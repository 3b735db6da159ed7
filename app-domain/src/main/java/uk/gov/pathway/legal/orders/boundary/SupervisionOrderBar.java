package uk.gov.pathway.legal.orders.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.gov.pathway.legal.boundary.PenaltyNoticeBar;
import uk.gov.pathway.legal.entity.PenaltyNoticeSession;
import uk.gov.pathway.legal.orders.entity.OrderPeriod;

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
        List<OrderPeriod> periods = orders.periodsOf(pupilId);
        List<PenaltyNoticeSession> under = sessions.stream()
                .filter(s -> periods.stream().anyMatch(p -> p.covers(s.date()))).toList();
        return under.isEmpty() ? Optional.empty()
                : Optional.of(new Barred("The child is under an Education Supervision Order on these sessions' days,"
                        + " which supersedes the parents' duty (no penalty notice for them)", under));
    }
}

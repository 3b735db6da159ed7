package uk.gov.pathway.integration.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork;
import uk.gov.pathway.legal.boundary.PenaltyNotices;
import uk.gov.pathway.registration.boundary.AttendanceCohorts;
import uk.gov.pathway.registration.boundary.Families;

/**
 * The demo's penalty notices, recorded by the statutory officer through legal's boundaries once the marks are in:
 * for both parents of a demo pupil of Riverside Primary who meets the threshold, a notice in every state the register
 * reaches without a prosecution (paid within 21 days, paid in days 22-28, paid then withdrawn with its refund, unpaid
 * at 28 days by itself, issued and running); a notice to improve running to the parent of another such pupil. The
 * pupil's two parents come from the demo's families ({@link DemoFamilies}).
 */
@Stateless
@RunAs(Roles.STATUTORY_OFFICER)
@RunAsPrincipal("statutory-officer")
@PermitAll
public class DemoPenaltyNotices {

    private static final Logger LOG = Logger.getLogger(DemoPenaltyNotices.class.getName());
    static final String SCHOOL = "9991001";

    @EJB
    AttendanceCohorts cohorts;

    @EJB
    PenaltyNotices notices;

    @EJB
    PenaltyNoticeWork work;

    @Inject
    Clock clock;

    public void load() {
        LocalDate today = SystemClock.today(clock);
        List<AttendanceCohorts.ThresholdMet> met = cohorts.penaltyNoticeThreshold(today).pupils().stream()
                .filter(p -> p.laestab().equals(SCHOOL)).toList();
        for (AttendanceCohorts.ThresholdMet pupil : met) {
            List<DemoPenaltyNoticePlan.Planned> plan = DemoPenaltyNoticePlan.plan(work.unauthorisedSessions(pupil.upn(), today.minusDays(300), today), today);
            List<Families.CarerView> both = work.parents(pupil.upn());
            if (plan.isEmpty() || both.size() < 2) {
                continue;
            }
            long[] parents = {both.get(0).carerId(), both.get(1).carerId()};
            for (DemoPenaltyNoticePlan.Planned step : plan) {
                var issued = notices.issue(new PenaltyNotices.NewNotice(pupil.upn(), parents[step.parent()],
                        step.issuedOn().toString(), "LOCAL_AUTHORITY", step.sessions(),
                        new PenaltyNotices.Service("HAND", step.issuedOn().toString()),
                        "Demo: the family declined the support offered"));
                for (DemoPenaltyNoticePlan.Payment payment : step.payments()) {
                    notices.pay(issued.id(), new PenaltyNotices.NewPayment(payment.amount(), payment.paidOn().toString(),
                            "DEMO-" + issued.id()));
                }
                if (step.withdrawnOn() != null) {
                    notices.withdraw(issued.id(), new PenaltyNotices.NewWithdrawal("MATERIAL_ERROR",
                            "Demo: the notice gave the wrong dates"));
                    if (step.refunded()) {
                        notices.refunded(issued.id(), new PenaltyNotices.NewRefund(today.toString()));
                    }
                }
            }
            // a notice to improve running, to the parent of another pupil meeting the threshold (or this one's)
            AttendanceCohorts.ThresholdMet other = met.stream().filter(p -> !p.upn().equals(pupil.upn())).findFirst()
                    .orElse(pupil);
            work.parents(other.upn()).stream().findFirst()
                    .ifPresent(parent -> work.noticeToImprove(new PenaltyNoticeWork.NewNoticeToImprove(other.upn(),
                            parent.carerId(), today.minusDays(7).toString(), 4, null)));
            LOG.info("Demo council: " + plan.size() + " penalty notices for both parents of " + pupil.upn()
                    + " and a notice to improve running");
            return;
        }
        LOG.warning("Demo council: no pupil of " + SCHOOL + " meets the threshold with sessions old enough for the"
                + " penalty notices' demo");
    }
}

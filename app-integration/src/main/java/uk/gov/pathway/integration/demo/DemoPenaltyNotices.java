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

    /** One step of the plan: a notice to a parent (0: mother, 1: father), its payments, and whether it is withdrawn. */
    public record Planned(int parent, List<String> sessions, LocalDate issuedOn, List<Payment> payments,
                          LocalDate withdrawnOn, boolean refunded) {
    }

    public record Payment(BigDecimal amount, LocalDate paidOn) {
    }

    @EJB
    AttendanceCohorts cohorts;

    @EJB
    PenaltyNotices notices;

    @EJB
    PenaltyNoticeWork work;

    @Inject
    Clock clock;

    /**
     * The plan for a pupil whose unauthorised sessions (oldest first, as {@code DATE/AM}) are given, on {@code today}:
     * the oldest three, each issued by hand the day after it, for the mother (paid £80 within 21 days; paid £80 then
     * withdrawn for a material error and refunded; left unpaid, so its 28 days end by themselves); for the father the
     * oldest (paid £160 on day 23) and the newest (issued yesterday, running). Empty when the sessions are too few or
     * too recent (the unpaid one needs 28 days behind it).
     */
    public static List<Planned> plan(List<String> sessions, LocalDate today) {
        List<String> old = sessions.stream().filter(s -> !date(s).isAfter(today.minusDays(31))).toList();
        if (old.size() < 3 || sessions.size() < 4) {
            return List.of();
        }
        String newest = sessions.get(sessions.size() - 1);
        LocalDate yesterday = today.minusDays(1);
        List<Planned> plan = new ArrayList<>();
        LocalDate first = date(old.get(0)).plusDays(1);
        plan.add(new Planned(0, List.of(old.get(0)), first, List.of(new Payment(new BigDecimal("80"), first.plusDays(5))),
                null, false));
        LocalDate second = date(old.get(1)).plusDays(1);
        plan.add(new Planned(0, List.of(old.get(1)), second, List.of(new Payment(new BigDecimal("80"),
                second.plusDays(2))), today, true));
        plan.add(new Planned(0, List.of(old.get(2)), date(old.get(2)).plusDays(1), List.of(), null, false));
        plan.add(new Planned(1, List.of(old.get(0)), first, List.of(new Payment(new BigDecimal("160"),
                first.plusDays(22))), null, false));
        plan.add(new Planned(1, List.of(newest), date(newest).isAfter(yesterday) ? today : yesterday, List.of(), null,
                false));
        return plan;
    }

    private static LocalDate date(String session) {
        return LocalDate.parse(session.substring(0, 10));
    }

    public void load() {
        LocalDate today = SystemClock.today(clock);
        List<AttendanceCohorts.ThresholdMet> met = cohorts.penaltyNoticeThreshold(today).pupils().stream()
                .filter(p -> p.laestab().equals(SCHOOL)).toList();
        for (AttendanceCohorts.ThresholdMet pupil : met) {
            List<Planned> plan = plan(work.unauthorisedSessions(pupil.upn(), today.minusDays(300), today), today);
            List<Families.CarerView> both = work.parents(pupil.upn());
            if (plan.isEmpty() || both.size() < 2) {
                continue;
            }
            long[] parents = {both.get(0).carerId(), both.get(1).carerId()};
            for (Planned step : plan) {
                var issued = notices.issue(new PenaltyNotices.NewNotice(pupil.upn(), parents[step.parent()],
                        step.issuedOn().toString(), "LOCAL_AUTHORITY", step.sessions(),
                        new PenaltyNotices.Service("HAND", step.issuedOn().toString()),
                        "Demo: the family declined the support offered"));
                for (Payment payment : step.payments()) {
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

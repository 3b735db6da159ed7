package uk.gov.pathway.integration.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the demo's penalty notices are: a plan {@link DemoPenaltyNotices} records through legal's boundaries. */
public final class DemoPenaltyNoticePlan {

    private DemoPenaltyNoticePlan() {
    }

    /** One step of the plan: a notice to a parent (0: mother, 1: father), its payments, and whether it is withdrawn. */
    public record Planned(int parent, List<String> sessions, LocalDate issuedOn, List<Payment> payments,
                          LocalDate withdrawnOn, boolean refunded) {
    }

    public record Payment(BigDecimal amount, LocalDate paidOn) {
    }

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

}

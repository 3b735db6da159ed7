package uk.gov.pathway.legal.orders.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The one rule penalty notices and prosecution files both ask (Children Act 1989 Sch 3 para 13; spec/RULES.md): while
 * an Education Supervision Order runs, the parents' duties under s7 and s444 are superseded, so there is no penalty
 * notice and no s444 prosecution for the days it covers. Built from the days each of one child's orders runs.
 */
public record SupersededDuty(List<OrderPeriod> orders) {

    /** Why a penalty notice for such a day is refused. */
    public static final String NO_PENALTY_NOTICE = "The child is under an Education Supervision Order on these"
            + " sessions' days, which supersedes the parents' duty (no penalty notice for them)";

    /** Why a prosecution for a period with such days is refused. */
    public static final String NO_PROSECUTION = "While an Education Supervision Order runs, the parents' duty under"
            + " s444 is superseded: charge a period outside it";

    public SupersededDuty {
        orders = List.copyOf(orders);
    }

    /** The days of {@code days} on which the duty is superseded, in the order given. */
    public List<LocalDate> daysSuperseded(Collection<LocalDate> days) {
        return days.stream().filter(this::supersededOn).toList();
    }

    public boolean supersededOn(LocalDate day) {
        return orders.stream().anyMatch(o -> o.covers(day));
    }

    /** The orders that supersede the duty on any day from {@code first} to {@code last}: a period no one may charge. */
    public List<OrderPeriod> ordersDuring(LocalDate first, LocalDate last) {
        return orders.stream().filter(o -> o.overlaps(first, last)).toList();
    }
}

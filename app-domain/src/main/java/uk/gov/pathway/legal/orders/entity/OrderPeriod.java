package uk.gov.pathway.legal.orders.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The days an order runs, both included. While an Education Supervision Order runs, the parents' duties under s7 and
 * s444 are superseded (Sch 3 para 13; spec/RULES.md): no penalty notice and no s444 prosecution for those days.
 */
public record OrderPeriod(LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether any day of {@code first} to {@code last} falls in the order. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !last.isBefore(from) && !first.isAfter(to);
    }

    /** The days of {@code days} that an order of {@code orders} covers, in the order given. */
    public static List<LocalDate> daysUnderOrder(Collection<OrderPeriod> orders, Collection<LocalDate> days) {
        return days.stream().filter(day -> orders.stream().anyMatch(o -> o.covers(day))).toList();
    }
}

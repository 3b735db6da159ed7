package uk.gov.pathway.legal.orders.entity;

import java.time.LocalDate;

/** The days an order runs, both included (what they mean for the parents' duty: {@link SupersededDuty}). */
public record OrderPeriod(LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether any day of {@code first} to {@code last} falls in the order. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !last.isBefore(from) && !first.isAfter(to);
    }
}

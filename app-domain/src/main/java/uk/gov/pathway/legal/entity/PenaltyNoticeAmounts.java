package uk.gov.pathway.legal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a notice costs and by when, counted from the day of receipt (day 1): a parent's first notice for a pupil is
 * £80 within the 21 days beginning with that day, else £160 within the 28 days; a second notice is £160 within the
 * 28 days, no reduced rate. A notice received on Monday 5 October 2026 is £80 paid by Sunday 25 October, £160 by
 * 1 November.
 */
// Education (Penalty Notices) (England) Regulations 2007 reg 4 and 5, as amended by SI 2024/210; spec/RULES.md "Amounts"
public record PenaltyNoticeAmounts(int sequence, LocalDate receivedOn, Integer reducedAmount, LocalDate reducedBy,
                                   int fullAmount, LocalDate fullBy) {

    public static final int REDUCED_AMOUNT = 80;
    public static final int FULL_AMOUNT = 160;
    public static final int REDUCED_DAYS = 21;
    public static final int FULL_DAYS = 28;

    /** A payment towards a notice: how much, on which day. */
    public record Payment(BigDecimal amount, LocalDate paidOn) {
        public Payment {
            if (amount == null || amount.signum() <= 0 || paidOn == null) {
                throw new IllegalArgumentException("A payment needs an amount above 0 and its day; got " + amount
                        + " on " + paidOn);
            }
        }
    }

    /** The day and how the notice was settled. */
    public record Settlement(LocalDate settledOn, PenaltyNoticeStatus status) {
    }

    /** The amounts and dates of the {@code sequence}th notice (1 or 2) to a parent for a pupil, received on the day. */
    public static PenaltyNoticeAmounts of(int sequence, LocalDate receivedOn) {
        if (sequence != 1 && sequence != 2) {
            throw new IllegalArgumentException("A parent can have a first or a second notice for a pupil; got " + sequence);
        }
        if (receivedOn == null) {
            throw new IllegalArgumentException("receivedOn must be given");
        }
        LocalDate day21 = receivedOn.plusDays(REDUCED_DAYS - 1L);
        LocalDate day28 = receivedOn.plusDays(FULL_DAYS - 1L);
        return sequence == 1
                ? new PenaltyNoticeAmounts(1, receivedOn, REDUCED_AMOUNT, day21, FULL_AMOUNT, day28)
                : new PenaltyNoticeAmounts(2, receivedOn, null, null, FULL_AMOUNT, day28);
    }

    /** The last of the 21 days beginning with the day of receipt, whatever the amount. */
    public LocalDate day21() {
        return receivedOn.plusDays(REDUCED_DAYS - 1L);
    }

    /** What settles the notice when paid on {@code day}; empty once the 28 days have ended. */
    public Optional<Integer> dueOn(LocalDate day) {
        if (day.isAfter(fullBy)) {
            return Optional.empty();
        }
        if (reducedAmount != null && !day.isAfter(reducedBy)) {
            return Optional.of(reducedAmount);
        }
        return Optional.of(fullAmount);
    }

    /**
     * The first day on which the payments made so far pay in full what is due that day, if any: PAID_IN_21_DAYS when
     * that day is within the 21 days, else PAID_IN_28_DAYS. A part payment settles nothing, and nothing paid after
     * the 28 days settles the notice.
     */
    public Optional<Settlement> settlement(Collection<Payment> payments) {
        List<Payment> inOrder = payments.stream().sorted(Comparator.comparing(Payment::paidOn)).toList();
        BigDecimal paid = BigDecimal.ZERO;
        for (int i = 0; i < inOrder.size(); i++) {
            Payment payment = inOrder.get(i);
            paid = paid.add(payment.amount());
            boolean lastOfTheDay = i + 1 == inOrder.size() || !inOrder.get(i + 1).paidOn().equals(payment.paidOn());
            if (!lastOfTheDay) {
                continue;
            }
            Optional<Integer> due = dueOn(payment.paidOn());
            if (due.isPresent() && paid.compareTo(BigDecimal.valueOf(due.get())) >= 0) {
                return Optional.of(new Settlement(payment.paidOn(), payment.paidOn().isAfter(day21())
                        ? PenaltyNoticeStatus.PAID_IN_28_DAYS : PenaltyNoticeStatus.PAID_IN_21_DAYS));
            }
        }
        return Optional.empty();
    }
}

package uk.gov.pathway.legal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.fixtures.FictionalCalendar;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.legal.entity.PenaltyNoticeAmounts.Payment;
import uk.gov.pathway.legal.entity.PenaltyNoticeLimit.Prior;

/** spec/RULES.md "Penalty notices: the national framework", on the fictional council's bank holidays. */
class PenaltyNoticeRulesTest {

    private static final PenaltyNoticeReceipt RECEIPT = new PenaltyNoticeReceipt(bankHolidays());

    private static Set<LocalDate> bankHolidays() {
        Set<LocalDate> days = new HashSet<>();
        for (AcademicYear year : FictionalCalendar.years(2024, 2026)) {
            days.addAll(year.bankHolidays());
        }
        return days;
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    // ---- receipt -------------------------------------------------------------------------------------------------

    @Test
    void byHandTheNoticeIsReceivedOnTheDay() {
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.HAND, d("2026-10-05"))).isEqualTo(d("2026-10-05"));
        // even on a Saturday or a bank holiday: it was handed over that day
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.HAND, d("2026-12-28"))).isEqualTo(d("2026-12-28"));
    }

    @Test
    void byPostTheNoticeIsReceivedOnTheSecondWorkingDayAfterPosting() {
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.POST, d("2026-10-06"))).isEqualTo(d("2026-10-08"));
    }

    @Test
    void postAcrossAWeekendSkipsSaturdayAndSunday() {
        // posted on Thursday 1 October: Friday is the first working day, Monday 5 October the second
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.POST, d("2026-10-01"))).isEqualTo(d("2026-10-05"));
        // posted on Friday 2 October: Monday, then Tuesday
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.POST, d("2026-10-02"))).isEqualTo(d("2026-10-06"));
        // posted on a Saturday: Monday, then Tuesday
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.POST, d("2026-10-03"))).isEqualTo(d("2026-10-06"));
    }

    @Test
    void postAcrossBankHolidaysSkipsThem() {
        // posted on Thursday 24 December 2026: Friday 25 and Monday 28 are bank holidays; Tuesday 29 and Wednesday 30
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.POST, d("2026-12-24"))).isEqualTo(d("2026-12-30"));
        // Easter 2027: Good Friday 26 March and Easter Monday 29 March
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.POST, d("2027-03-25"))).isEqualTo(d("2027-03-31"));
    }

    @Test
    void schoolHolidaysAreWorkingDays() {
        // the October half term (26 to 30 October 2026) is not a bank holiday
        assertThat(RECEIPT.receivedOn(PenaltyNoticeService.POST, d("2026-10-26"))).isEqualTo(d("2026-10-28"));
        assertThat(RECEIPT.isWorkingDay(d("2026-10-27"))).isTrue();
        assertThat(RECEIPT.isWorkingDay(d("2026-12-25"))).isFalse();
    }

    // ---- amounts and windows -------------------------------------------------------------------------------------

    @Test
    void aFirstNoticeIs80Within21DaysAnd160Within28DaysFromTheDayOfReceipt() {
        PenaltyNoticeAmounts first = PenaltyNoticeAmounts.of(1, d("2026-10-05"));
        assertThat(first.reducedAmount()).isEqualTo(80);
        assertThat(first.reducedBy()).isEqualTo(d("2026-10-25")); // Sunday 25 October, RULES.md's example
        assertThat(first.fullAmount()).isEqualTo(160);
        assertThat(first.fullBy()).isEqualTo(d("2026-11-01"));
        assertThat(first.dueOn(d("2026-10-05"))).contains(80);
        assertThat(first.dueOn(d("2026-10-25"))).contains(80);
        assertThat(first.dueOn(d("2026-10-26"))).contains(160);
        assertThat(first.dueOn(d("2026-11-01"))).contains(160);
        assertThat(first.dueOn(d("2026-11-02"))).isEmpty();
    }

    @Test
    void aSecondNoticeIs160Within28DaysWithNoReducedRate() {
        PenaltyNoticeAmounts second = PenaltyNoticeAmounts.of(2, d("2026-10-05"));
        assertThat(second.reducedAmount()).isNull();
        assertThat(second.reducedBy()).isNull();
        assertThat(second.fullAmount()).isEqualTo(160);
        assertThat(second.fullBy()).isEqualTo(d("2026-11-01"));
        assertThat(second.dueOn(d("2026-10-05"))).contains(160);
    }

    @Test
    void thereIsNoThirdNoticeAmount() {
        assertThatThrownBy(() -> PenaltyNoticeAmounts.of(3, d("2026-10-05"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postedNoticesCountTheirWindowsFromReceiptAcrossTheChristmasBankHolidays() {
        LocalDate received = RECEIPT.receivedOn(PenaltyNoticeService.POST, d("2026-12-24"));
        PenaltyNoticeAmounts first = PenaltyNoticeAmounts.of(1, received);
        assertThat(first.reducedBy()).isEqualTo(d("2027-01-19"));
        assertThat(first.fullBy()).isEqualTo(d("2027-01-26"));
    }

    @Test
    void paidInFullWithin21DaysIsPaidIn21Days() {
        PenaltyNoticeAmounts first = PenaltyNoticeAmounts.of(1, d("2026-10-05"));
        assertThat(first.settlement(List.of(new Payment(new BigDecimal("80"), d("2026-10-25")))))
                .contains(new PenaltyNoticeAmounts.Settlement(d("2026-10-25"), PenaltyNoticeStatus.PAID_IN_21_DAYS));
    }

    @Test
    void aPartPaymentSettlesNothingUntilTheRestIsPaid() {
        PenaltyNoticeAmounts first = PenaltyNoticeAmounts.of(1, d("2026-10-05"));
        List<Payment> payments = new ArrayList<>(List.of(new Payment(new BigDecimal("50"), d("2026-10-10"))));
        assertThat(first.settlement(payments)).isEmpty();
        payments.add(new Payment(new BigDecimal("30.00"), d("2026-10-20")));
        assertThat(first.settlement(payments)).contains(
                new PenaltyNoticeAmounts.Settlement(d("2026-10-20"), PenaltyNoticeStatus.PAID_IN_21_DAYS));
    }

    @Test
    void eightyPaidOnDay22IsAPartPaymentOf160() {
        PenaltyNoticeAmounts first = PenaltyNoticeAmounts.of(1, d("2026-10-05"));
        List<Payment> payments = new ArrayList<>(List.of(new Payment(new BigDecimal("80"), d("2026-10-26"))));
        assertThat(first.settlement(payments)).isEmpty();
        payments.add(new Payment(new BigDecimal("80"), d("2026-11-01")));
        assertThat(first.settlement(payments)).contains(
                new PenaltyNoticeAmounts.Settlement(d("2026-11-01"), PenaltyNoticeStatus.PAID_IN_28_DAYS));
    }

    @Test
    void nothingPaidAfterThe28DaysSettlesTheNotice() {
        PenaltyNoticeAmounts first = PenaltyNoticeAmounts.of(1, d("2026-10-05"));
        assertThat(first.settlement(List.of(new Payment(new BigDecimal("160"), d("2026-11-02"))))).isEmpty();
    }

    @Test
    void aSecondNoticePaidInFullWithin21DaysIsPaidIn21DaysAt160() {
        PenaltyNoticeAmounts second = PenaltyNoticeAmounts.of(2, d("2026-10-05"));
        assertThat(second.settlement(List.of(new Payment(new BigDecimal("80"), d("2026-10-06"))))).isEmpty();
        assertThat(second.settlement(List.of(new Payment(new BigDecimal("160"), d("2026-10-06")))))
                .contains(new PenaltyNoticeAmounts.Settlement(d("2026-10-06"), PenaltyNoticeStatus.PAID_IN_21_DAYS));
    }

    // ---- the limit -----------------------------------------------------------------------------------------------

    private static final long MOTHER = 1;
    private static final long FATHER = 2;
    private static final long CHILD = 10;
    private static final long SIBLING = 11;

    private static Prior prior(long carer, long pupil, String issuedOn, PenaltyNoticeStatus status, String... sessions) {
        Set<PenaltyNoticeSession> covered = new HashSet<>();
        for (String s : sessions) {
            covered.add(PenaltyNoticeSession.parse(s));
        }
        return new Prior(carer, pupil, d(issuedOn), status, false, covered);
    }

    @Test
    void theFirstNoticeIsSequenceOneAndTheNextSequenceTwo() {
        assertThat(PenaltyNoticeLimit.decide(MOTHER, CHILD, d("2026-10-01"), List.of()).sequence()).isEqualTo(1);
        assertThat(PenaltyNoticeLimit.decide(MOTHER, CHILD, d("2026-10-01"),
                List.of(prior(MOTHER, CHILD, "2025-11-01", PenaltyNoticeStatus.PAID_IN_21_DAYS))).sequence()).isEqualTo(2);
    }

    @Test
    void aThirdNoticeWithinTheRollingThreeYearsIsRefused() {
        List<Prior> register = List.of(prior(MOTHER, CHILD, "2024-10-01", PenaltyNoticeStatus.PAID_IN_21_DAYS),
                prior(MOTHER, CHILD, "2026-03-01", PenaltyNoticeStatus.PAID_IN_28_DAYS));
        PenaltyNoticeLimit.Decision decision = PenaltyNoticeLimit.decide(MOTHER, CHILD, d("2027-09-30"), register);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.countingIssuedOn()).containsExactly(d("2024-10-01"), d("2026-03-01"));
        assertThat(PenaltyNoticeLimit.ALTERNATIVE_ACTIONS).anyMatch(a -> a.startsWith("PROSECUTION_S444_1:"));
    }

    @Test
    void theLookBackRollsTheThreeYearsEndingWithTheDayOfIssue() {
        List<Prior> register = List.of(prior(MOTHER, CHILD, "2024-10-01", PenaltyNoticeStatus.PAID_IN_21_DAYS),
                prior(MOTHER, CHILD, "2026-03-01", PenaltyNoticeStatus.PAID_IN_28_DAYS));
        // the three years ending with 1 October 2027 begin on 2 October 2024: the first notice has dropped out
        assertThat(PenaltyNoticeLimit.lookBackFrom(d("2027-10-01"))).isEqualTo(d("2024-10-02"));
        PenaltyNoticeLimit.Decision decision = PenaltyNoticeLimit.decide(MOTHER, CHILD, d("2027-10-01"), register);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.sequence()).isEqualTo(2);
    }

    @Test
    void withdrawnNoticesAndAcquittalsDoNotCount() {
        List<Prior> register = List.of(prior(MOTHER, CHILD, "2025-10-01", PenaltyNoticeStatus.WITHDRAWN),
                new Prior(MOTHER, CHILD, d("2025-11-01"), PenaltyNoticeStatus.PROSECUTED, true, Set.of()),
                prior(MOTHER, CHILD, "2026-03-01", PenaltyNoticeStatus.PAID_IN_21_DAYS));
        PenaltyNoticeLimit.Decision decision = PenaltyNoticeLimit.decide(MOTHER, CHILD, d("2026-10-01"), register);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.sequence()).isEqualTo(2);
        // a conviction counts
        List<Prior> convicted = List.of(new Prior(MOTHER, CHILD, d("2025-11-01"), PenaltyNoticeStatus.PROSECUTED, false,
                Set.of()), prior(MOTHER, CHILD, "2026-03-01", PenaltyNoticeStatus.PAID_IN_21_DAYS));
        assertThat(PenaltyNoticeLimit.decide(MOTHER, CHILD, d("2026-10-01"), convicted).allowed()).isFalse();
    }

    @Test
    void aNoticeStillRunningCountsSinceItWillUnlessWithdrawn() {
        List<Prior> register = List.of(prior(MOTHER, CHILD, "2026-09-01", PenaltyNoticeStatus.ISSUED),
                prior(MOTHER, CHILD, "2026-09-20", PenaltyNoticeStatus.UNPAID));
        assertThat(PenaltyNoticeLimit.decide(MOTHER, CHILD, d("2026-10-01"), register).allowed()).isFalse();
    }

    @Test
    void theOtherParentAndTheSameParentForASiblingHaveLimitsOfTheirOwn() {
        List<Prior> register = List.of(prior(MOTHER, CHILD, "2025-10-01", PenaltyNoticeStatus.PAID_IN_21_DAYS),
                prior(MOTHER, CHILD, "2026-03-01", PenaltyNoticeStatus.PAID_IN_21_DAYS),
                prior(FATHER, CHILD, "2026-03-01", PenaltyNoticeStatus.PAID_IN_21_DAYS));
        assertThat(PenaltyNoticeLimit.decide(MOTHER, CHILD, d("2026-10-01"), register).allowed()).isFalse();
        PenaltyNoticeLimit.Decision father = PenaltyNoticeLimit.decide(FATHER, CHILD, d("2026-10-01"), register);
        assertThat(father.allowed()).isTrue();
        assertThat(father.sequence()).isEqualTo(2);
        PenaltyNoticeLimit.Decision sibling = PenaltyNoticeLimit.decide(MOTHER, SIBLING, d("2026-10-01"), register);
        assertThat(sibling.allowed()).isTrue();
        assertThat(sibling.sequence()).isEqualTo(1);
    }

    @Test
    void aSessionIsNeverCoveredTwiceForTheSameParentButMayBeForTheOther() {
        List<Prior> register = List.of(
                prior(MOTHER, CHILD, "2026-09-30", PenaltyNoticeStatus.WITHDRAWN, "2026-09-14/AM", "2026-09-14/PM"));
        List<PenaltyNoticeSession> wanted = List.of(PenaltyNoticeSession.parse("2026-09-14/PM"),
                PenaltyNoticeSession.parse("2026-09-15/AM"));
        assertThat(PenaltyNoticeLimit.alreadyCovered(MOTHER, CHILD, wanted, register))
                .containsExactly(PenaltyNoticeSession.parse("2026-09-14/PM"));
        assertThat(PenaltyNoticeLimit.alreadyCovered(FATHER, CHILD, wanted, register)).isEmpty();
    }

    // ---- sessions and the main reason ----------------------------------------------------------------------------

    @Test
    void sessionsAreReadAsDateSlashAmOrPm() {
        assertThat(PenaltyNoticeSession.parse("2026-09-14/AM").toString()).isEqualTo("2026-09-14/AM");
        assertThatThrownBy(() -> PenaltyNoticeSession.parse("2026-09-14")).hasMessageContaining("DATE/AM");
        assertThatThrownBy(() -> PenaltyNoticeSession.parse("2026-09-14/XX")).hasMessageContaining("AM or PM");
        assertThatThrownBy(() -> PenaltyNoticeSession.parse("14/09/2026/AM")).hasMessageContaining("DATE/AM");
    }

    @Test
    void theMainReasonIsHolidayWhenEverySessionIsGLatenessWhenEveryOneIsUElseOther() {
        assertThat(PenaltyNoticeReason.of(List.of("G", "G"))).isEqualTo(PenaltyNoticeReason.HOLIDAY);
        assertThat(PenaltyNoticeReason.of(List.of("U", "U", "U"))).isEqualTo(PenaltyNoticeReason.LATENESS);
        assertThat(PenaltyNoticeReason.of(List.of("G", "U"))).isEqualTo(PenaltyNoticeReason.OTHER);
        assertThat(PenaltyNoticeReason.of(List.of("O", "N"))).isEqualTo(PenaltyNoticeReason.OTHER);
    }
}

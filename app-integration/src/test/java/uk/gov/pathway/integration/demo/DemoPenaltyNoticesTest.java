package uk.gov.pathway.integration.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews.DfeReturn;
import uk.gov.pathway.legal.boundary.PenaltyNoticeReturn;
import uk.gov.pathway.legal.entity.PenaltyNotice;
import uk.gov.pathway.legal.entity.PenaltyNoticeAmounts;
import uk.gov.pathway.legal.entity.PenaltyNoticeIssuer;
import uk.gov.pathway.legal.entity.PenaltyNoticeLimit;
import uk.gov.pathway.legal.entity.PenaltyNoticeService;
import uk.gov.pathway.legal.entity.PenaltyNoticeSession;
import uk.gov.pathway.legal.entity.PenaltyNoticeStatus;
import uk.gov.pathway.legal.entity.PenaltyNoticeWithdrawalGround;

/**
 * The demo's penalty notices, played through the framework's rules (the limit, the amounts, payments, withdrawal and
 * the end of the 28 days) as the server plays them: every state without a prosecution, for both parents, and the DfE
 * return of each demo year adds up.
 */
class DemoPenaltyNoticesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** A demo pupil's unauthorised sessions: a June holiday week (G) and a late morning (U) in November. */
    private static List<String> sessions() {
        List<String> sessions = new ArrayList<>();
        for (int day = 8; day <= 12; day++) {
            sessions.add("2026-06-" + String.format("%02d", day) + "/AM");
            sessions.add("2026-06-" + String.format("%02d", day) + "/PM");
        }
        sessions.add("2026-11-16/AM");
        return sessions;
    }

    private static List<PenaltyNotice> played() {
        List<PenaltyNotice> register = new ArrayList<>();
        long[] parents = {1L, 2L};
        for (DemoPenaltyNoticePlan.Planned step : DemoPenaltyNoticePlan.plan(sessions(), TODAY)) {
            long carer = parents[step.parent()];
            PenaltyNoticeLimit.Decision decision = PenaltyNoticeLimit.decide(carer, 10L, step.issuedOn(),
                    register.stream().map(PenaltyNotice::asPrior).toList());
            assertThat(decision.allowed()).as("the demo never goes past the limit").isTrue();
            List<PenaltyNoticeSession> covered = step.sessions().stream().map(PenaltyNoticeSession::parse).toList();
            assertThat(PenaltyNoticeLimit.alreadyCovered(carer, 10L, covered, register.stream()
                    .map(PenaltyNotice::asPrior).toList())).isEmpty();
            PenaltyNotice notice = new PenaltyNotice(new PenaltyNotice.Issue(10L, "B801200005001", "9991001", carer,
                    "Parent " + carer, step.issuedOn(), PenaltyNoticeIssuer.LOCAL_AUTHORITY, PenaltyNoticeService.HAND,
                    step.issuedOn(), null, "statutory-officer", Instant.EPOCH),
                    PenaltyNoticeAmounts.of(decision.sequence(), step.issuedOn()), covered,
                    covered.stream().map(s -> s.date().getMonthValue() == 6 ? "G" : "U").toList());
            for (DemoPenaltyNoticePlan.Payment payment : step.payments()) {
                notice.pay(payment.amount(), payment.paidOn(), null, "statutory-officer", Instant.EPOCH);
            }
            if (step.withdrawnOn() != null) {
                notice.withdraw(PenaltyNoticeWithdrawalGround.MATERIAL_ERROR, "wrong dates", step.withdrawnOn(),
                        "statutory-officer");
                if (step.refunded()) {
                    notice.refunded(TODAY);
                }
            }
            register.add(notice);
        }
        // the end of each notice's 28 days, which the server's deadline does by itself
        register.forEach(n -> n.markUnpaid(TODAY));
        return register;
    }

    @Test
    void bothParentsHaveNoticesInEveryStateWithoutAProsecution() {
        List<PenaltyNotice> register = played();
        assertThat(register).hasSize(5);
        Set<PenaltyNoticeStatus> states = register.stream().map(PenaltyNotice::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PenaltyNoticeStatus.class)));
        assertThat(states).containsExactlyInAnyOrder(PenaltyNoticeStatus.ISSUED, PenaltyNoticeStatus.PAID_IN_21_DAYS,
                PenaltyNoticeStatus.PAID_IN_28_DAYS, PenaltyNoticeStatus.UNPAID, PenaltyNoticeStatus.WITHDRAWN);
        assertThat(register.stream().map(PenaltyNotice::carerId).distinct()).containsExactlyInAnyOrder(1L, 2L);
        PenaltyNotice refunded = register.stream().filter(n -> n.status() == PenaltyNoticeStatus.WITHDRAWN).findFirst()
                .orElseThrow();
        assertThat(refunded.refundDue()).isEqualByComparingTo("80");
        assertThat(refunded.refundedOn()).isEqualTo(TODAY);
    }

    @Test
    void theDfeReturnOfEachDemoYearAddsUp() {
        List<PenaltyNotice> register = played();
        long total = 0;
        for (int year = 2025; year <= 2026; year++) {
            LocalDate from = LocalDate.of(year, 9, 1);
            LocalDate to = LocalDate.of(year + 1, 8, 31);
            List<PenaltyNotice> inYear = register.stream()
                    .filter(n -> !n.issuedOn().isBefore(from) && !n.issuedOn().isAfter(to)).toList();
            DfeReturn answer = PenaltyNoticeReturn.of(year, inYear);
            assertThat(answer.addsUp()).as(answer.toString()).isTrue();
            assertThat(answer.issued()).isEqualTo(answer.paidWithin21Days() + answer.paidIn22To28Days()
                    + answer.withdrawn() + answer.prosecuted() + answer.unresolved());
            total += answer.issued();
        }
        assertThat(total).isEqualTo(5);
        DfeReturn demoYear = PenaltyNoticeReturn.of(2025, register.stream()
                .filter(n -> n.issuedOn().isBefore(LocalDate.of(2026, 9, 1))).toList());
        assertThat(demoYear.paidWithin21Days()).isEqualTo(1);
        assertThat(demoYear.paidIn22To28Days()).isEqualTo(1);
        assertThat(demoYear.withdrawn()).isEqualTo(1);
        assertThat(demoYear.withdrawnByGround().get("MATERIAL_ERROR")).isEqualTo(1);
        assertThat(demoYear.unresolved()).isEqualTo(1);
        assertThat(demoYear.issuedByReason().get("HOLIDAY")).isEqualTo(4);
    }
}

package uk.gov.pathway.legal.orders.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Education Supervision Orders: one year, cut short at the end of compulsory school age; the extension window. */
class SupervisionTermTest {

    private static final LocalDate MADE = LocalDate.of(2026, 10, 14);
    private static final LocalDate YEAR_6_CHILD = LocalDate.of(2015, 5, 1);

    @Test
    void anOrderHasEffectForOneYearBeginningWithTheDayItIsMade() {
        SupervisionTerm term = SupervisionTerm.made(MADE, YEAR_6_CHILD);
        assertThat(term.endsOn()).isEqualTo(LocalDate.of(2027, 10, 13));
        assertThat(term.endsWithCompulsoryAge()).isFalse();
        assertThat(term.covers(MADE)).isTrue();
        assertThat(term.covers(LocalDate.of(2027, 10, 13))).isTrue();
        assertThat(term.covers(LocalDate.of(2027, 10, 14))).isFalse();
        assertThat(term.covers(MADE.minusDays(1))).isFalse();
    }

    @Test
    void theExtensionWindowIsTheThreeMonthsBeforeTheOrderWouldExpire() {
        SupervisionTerm term = SupervisionTerm.made(MADE, YEAR_6_CHILD);
        assertThat(term.extensionWindowOpens()).isEqualTo(LocalDate.of(2027, 7, 14));
        assertThat(term.inExtensionWindow(LocalDate.of(2027, 7, 13))).isFalse();
        assertThat(term.inExtensionWindow(LocalDate.of(2027, 7, 14))).isTrue();
        assertThat(term.inExtensionWindow(LocalDate.of(2027, 10, 13))).isTrue();
        assertThat(term.inExtensionWindow(LocalDate.of(2027, 10, 14))).isFalse();
    }

    @Test
    void aYear11PupilsOrderEndsOnTheLastFridayOfJune() {
        LocalDate year11 = LocalDate.of(2011, 3, 10); // turns 16 on 10 March 2027, in the school year 2026/27
        SupervisionTerm term = SupervisionTerm.made(MADE, year11);
        assertThat(term.endsOn()).isEqualTo(LocalDate.of(2027, 6, 25)).matches(d -> d.getDayOfWeek().getValue() == 5);
        assertThat(term.endsWithCompulsoryAge()).isTrue();
        assertThat(term.extensionWindowOpens()).as("it cannot be extended past compulsory school age").isNull();
        assertThatThrownBy(() -> term.extendedBy(1, LocalDate.of(2027, 5, 1), year11))
                .hasMessageContaining("cannot be extended");
    }

    @Test
    void theSchoolYearInWhichTheyTurn16RunsFromSeptemberToAugust() {
        assertThat(SupervisionTerm.endOfCompulsorySchoolAge(LocalDate.of(2011, 8, 31)))
                .isEqualTo(LocalDate.of(2027, 6, 25));
        assertThat(SupervisionTerm.endOfCompulsorySchoolAge(LocalDate.of(2011, 9, 1)))
                .isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(SupervisionTerm.endOfCompulsorySchoolAge(LocalDate.of(2011, 7, 1)))
                .as("16 in the summer holiday: still the June before").isEqualTo(LocalDate.of(2027, 6, 25));
    }

    @Test
    void aChildPastCompulsorySchoolAgeGetsNoOrder() {
        assertThatThrownBy(() -> SupervisionTerm.made(LocalDate.of(2027, 7, 1), LocalDate.of(2011, 3, 10)))
                .hasMessageContaining("compulsory school age");
    }

    @Test
    void anExtensionRunsFromTheOldEndForUpToThreeYearsAndMoreThanOnce() {
        SupervisionTerm term = SupervisionTerm.made(MADE, YEAR_6_CHILD);
        SupervisionTerm once = term.extendedBy(1, LocalDate.of(2027, 8, 2), YEAR_6_CHILD);
        assertThat(once.endsOn()).isEqualTo(LocalDate.of(2028, 10, 13));
        assertThat(once.extensionWindowOpens()).isEqualTo(LocalDate.of(2028, 7, 14));
        SupervisionTerm twice = once.extendedBy(2, LocalDate.of(2028, 9, 1), YEAR_6_CHILD);
        assertThat(twice.endsOn()).isEqualTo(LocalDate.of(2030, 10, 13));
        // three more years would pass the last Friday of June 2031, when the child turns 16 that school year
        assertThat(once.extendedBy(3, LocalDate.of(2028, 9, 1), YEAR_6_CHILD).endsOn())
                .isEqualTo(LocalDate.of(2031, 6, 27));
        assertThatThrownBy(() -> term.extendedBy(4, LocalDate.of(2027, 8, 2), YEAR_6_CHILD))
                .hasMessageContaining("1 to 3 years");
        assertThatThrownBy(() -> term.extendedBy(1, LocalDate.of(2027, 7, 13), YEAR_6_CHILD))
                .hasMessageContaining("outside that window");
    }

    @Test
    void anExtensionStopsAtTheEndOfCompulsorySchoolAge() {
        LocalDate year8 = LocalDate.of(2013, 11, 20); // compulsory school age ends 30 June 2030
        SupervisionTerm term = SupervisionTerm.made(MADE, year8);
        SupervisionTerm extended = term.extendedBy(3, LocalDate.of(2027, 9, 1), year8);
        assertThat(extended.endsOn()).isEqualTo(LocalDate.of(2030, 6, 28));
        assertThat(extended.endsWithCompulsoryAge()).isTrue();
    }

    @Test
    void aPenaltyNoticeForADayUnderAnOrderIsRefused() {
        OrderPeriod order = new OrderPeriod(MADE, SupervisionTerm.made(MADE, YEAR_6_CHILD).endsOn());
        List<LocalDate> sessions = List.of(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13),
                LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 15));
        assertThat(new SupersededDuty(List.of(order)).daysSuperseded(sessions))
                .containsExactly(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 15));
        assertThat(new SupersededDuty(List.of(order)).daysSuperseded(sessions.subList(0, 2))).isEmpty();
        assertThat(order.overlaps(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 13))).isFalse();
        assertThat(order.overlaps(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 14))).isTrue();
    }
}

package uk.gov.pathway.legal.orders.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** School Attendance Orders: the periods after the s437 and s438 notices, keyed by the day the procedure began. */
class SaoProcedureTest {

    /** The Education Act 1996 as first in force: 15 days after each notice. */
    private static final SaoProcedure ACT_1996 = new SaoProcedure("EA1996", LocalDate.of(1996, 11, 1), 15, 15);
    /** A procedure a council records as in force from a day in 2026 (periods as the council enters them). */
    private static final SaoProcedure FROM_2026 = new SaoProcedure("COUNCIL_2026", LocalDate.of(2026, 9, 1), 10, 15);
    private static final List<SaoProcedure> BOTH = List.of(FROM_2026, ACT_1996);

    @Test
    void fifteenDaysBeginningWithTheDayOfService() {
        LocalDate served = LocalDate.of(2026, 3, 2);
        assertThat(ACT_1996.s437PeriodEnds(served)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(ACT_1996.s438PeriodEnds(LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void theStepsFollowTheProcedureInForceOnTheDayItBegan() {
        assertThat(SaoProcedure.inForceOn(BOTH, LocalDate.of(2026, 8, 31))).isEqualTo(ACT_1996);
        assertThat(SaoProcedure.inForceOn(BOTH, LocalDate.of(2026, 9, 1))).isEqualTo(FROM_2026);
        // a procedure begun in July 2026 keeps its 15 days for the s438 notice served after the change
        SaoProcedure begunInJuly = SaoProcedure.inForceOn(BOTH, LocalDate.of(2026, 7, 6));
        assertThat(begunInJuly.s437PeriodEnds(LocalDate.of(2026, 7, 6))).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(FROM_2026.s437PeriodEnds(LocalDate.of(2026, 9, 7))).isEqualTo(LocalDate.of(2026, 9, 16));
    }

    @Test
    void nothingBeforeTheFirstProcedure() {
        assertThatThrownBy(() -> SaoProcedure.inForceOn(BOTH, LocalDate.of(1990, 1, 1)))
                .hasMessageContaining("No School Attendance Order procedure");
    }
}

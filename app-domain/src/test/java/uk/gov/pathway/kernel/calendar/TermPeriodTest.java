package uk.gov.pathway.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermPeriodTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 9, 3);
    private static final LocalDate LAST = LocalDate.of(2025, 10, 24);

    @Test
    void aTermPeriodIncludesItsFirstAndLastDays() {
        TermPeriod autumn1 = new TermPeriod("Autumn 1", FIRST, LAST);
        assertThat(autumn1.contains(FIRST)).isTrue();
        assertThat(autumn1.contains(LAST)).isTrue();
        assertThat(autumn1.contains(FIRST.minusDays(1))).isFalse();
        assertThat(autumn1.contains(LAST.plusDays(1))).isFalse();
    }

    @Test
    void aOneDayTermPeriodIsAllowed() {
        assertThat(new TermPeriod("Summer 3", FIRST, FIRST).contains(FIRST)).isTrue();
    }

    @Test
    void aTermPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new TermPeriod("Autumn 1", LAST, FIRST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Term period Autumn 1 must not end before it starts; got 2025-10-24 to 2025-09-03");
    }

    @Test
    void aTermPeriodNeedsANameAndBothDates() {
        assertThatThrownBy(() -> new TermPeriod(" ", FIRST, LAST))
                .hasMessage("A term period needs a name, for example 'Autumn 1'; got ' '");
        assertThatThrownBy(() -> new TermPeriod("Autumn 1", FIRST, null))
                .hasMessage("Term period Autumn 1 needs a start and an end; got 2025-09-03 to null");
    }
}

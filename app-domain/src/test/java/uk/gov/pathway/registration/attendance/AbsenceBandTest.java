package uk.gov.pathway.registration.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbsenceBandTest {

    @ParameterizedTest(name = "{0}% absence is {1}")
    @CsvSource({
        "0, NONE",
        "9.9, NONE",
        "9.99, NONE",
        "10.0, PERSISTENT",
        "10, PERSISTENT",
        "49.9, PERSISTENT",
        "50.0, SEVERE",
        "100.0, SEVERE"
    })
    void persistentAbsenceStartsAtTenPercentAndSevereAbsenceAtFifty(String percent, AbsenceBand band) {
        assertThat(AbsenceBand.of(new BigDecimal(percent))).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} missed of {1} is {2}")
    @CsvSource({
        "0, 0, NONE",
        "9, 100, NONE",
        "10, 100, PERSISTENT",
        "1, 10, PERSISTENT",
        "99, 199, PERSISTENT",
        "100, 199, SEVERE",
        "1, 2, SEVERE",
        "3, 3, SEVERE"
    })
    void theBandFromSessionsIsExactBeforeAnyRounding(int absent, int possible, AbsenceBand band) {
        assertThat(AbsenceBand.of(absent, possible)).isEqualTo(band);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "100.1"})
    void aPercentOutsideNoughtToAHundredIsRefused(String percent) {
        assertThatThrownBy(() -> AbsenceBand.of(new BigDecimal(percent)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("absencePercent must be between 0 and 100; got " + percent);
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "11, 10", "1, 0"})
    void moreSessionsMissedThanPossibleIsRefused(int absent, int possible) {
        assertThatThrownBy(() -> AbsenceBand.of(absent, possible))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(absent + " absent of " + possible + " possible");
    }
}

package uk.gov.pathway.kernel.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LaestabTest {

    @Test
    void aLaestabIsTheLaNumberThenTheEstablishmentNumber() {
        Laestab laestab = Laestab.of(" 9991001 ");
        assertThat(laestab.value()).isEqualTo("9991001");
        assertThat(laestab.laNumber()).isEqualTo("999");
        assertThat(laestab.establishmentNumber()).isEqualTo("1001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"999100", "99910011", "999-1001", "999100A", "٩٩٩١٠٠١"})
    void anythingButSevenDigitsIsRefusedWithTheValueNamed(String text) {
        assertThatThrownBy(() -> Laestab.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LAESTAB must be 7 digits")
                .hasMessageContaining("got '" + (text == null ? "" : text.strip()) + "'");
    }

    @Test
    void twoLaestabsWithTheSameDigitsAreEqual() {
        assertThat(Laestab.of("9991002")).isEqualTo(new Laestab("9991002"));
    }
}

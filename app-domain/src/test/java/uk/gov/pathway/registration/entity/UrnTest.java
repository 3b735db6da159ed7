package uk.gov.pathway.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrnTest {

    @Test
    void aUrnIsSixDigits() {
        assertThat(Urn.of("100001").value()).isEqualTo("100001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"10000", "1000011", "10000A", "1 0001"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> Urn.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("URN must be 6 digits");
    }
}

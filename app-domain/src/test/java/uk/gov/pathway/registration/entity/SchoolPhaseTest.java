package uk.gov.pathway.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchoolPhaseTest {

    @Test
    void phasesAreReadInAnyLetterCase() {
        assertThat(SchoolPhase.parse("primary")).isEqualTo(SchoolPhase.PRIMARY);
        assertThat(SchoolPhase.parse(" ALL_THROUGH ")).isEqualTo(SchoolPhase.ALL_THROUGH);
    }

    @Test
    void anUnknownPhaseIsRefusedWithTheListOfPhases() {
        assertThatThrownBy(() -> SchoolPhase.parse("Infant"))
                .hasMessage("Phase must be one of PRIMARY, SECONDARY, SPECIAL, ALL_THROUGH, PRU, NURSERY; got 'Infant'");
    }
}

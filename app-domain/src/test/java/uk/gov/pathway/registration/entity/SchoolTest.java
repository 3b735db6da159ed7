package uk.gov.pathway.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.identifiers.Laestab;

class SchoolTest {

    private static final Instant MONDAY = Instant.parse("2026-09-07T08:00:00Z");

    private School riverside() {
        return new School(Urn.of("990001"), Laestab.of("9991001"), " Riverside Primary ", SchoolPhase.PRIMARY, true, MONDAY);
    }

    @Test
    void aSchoolKeepsItsNameWithoutSurroundingSpaces() {
        assertThat(riverside().name()).isEqualTo("Riverside Primary");
    }

    @Test
    void revisingWithTheSameFactsChangesNothing() {
        School school = riverside();
        assertThat(school.revise(Urn.of("990001"), "Riverside Primary", SchoolPhase.PRIMARY, true, MONDAY.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void revisingWithNewFactsReportsAChange() {
        School school = riverside();
        assertThat(school.revise(Urn.of("990001"), "Riverside Primary", SchoolPhase.PRIMARY, false, MONDAY)).isTrue();
        assertThat(school.tradedServiceSubscriber()).isFalse();
    }

    @Test
    void aSchoolNeedsAName() {
        assertThatThrownBy(() -> new School(Urn.of("990001"), Laestab.of("9991001"), "  ", SchoolPhase.PRIMARY, true, MONDAY))
                .hasMessage("School name is required");
        assertThatThrownBy(() -> School.checkedName("x".repeat(201)))
                .hasMessage("School name is longer than 200 characters");
    }
}

package uk.gov.pathway.kernel.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.problem.InvalidInputException;

class ChronologyFilterTest {

    @Test
    void aModuleAndAKindAreTakenInAnyCase() {
        ChronologyFilter filter = new ChronologyFilter(" Casework ", "stepped_up", null, null);
        assertThat(filter.module()).isEqualTo("casework");
        assertThat(filter.kind()).isEqualTo("STEPPED_UP");
    }

    @Test
    void anUnknownModuleIsRefusedWithTheModulesThereAre() {
        assertThatThrownBy(() -> new ChronologyFilter("finance", null, null, null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("module must be one of registration, casework, panels, legal, kernel; got 'finance'");
    }

    @Test
    void aKindThatIsNoCodeIsRefused() {
        assertThatThrownBy(() -> new ChronologyFilter(null, "case opened", null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("kind is a code");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new ChronologyFilter(null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("to (2026-02-01) is before from (2026-03-01)");
    }

    @Test
    void aKeptEntryIsTheAnnouncedEntryWithALongSummaryCutRatherThanLost() {
        Instant at = Instant.parse("2026-11-23T09:30:00Z");
        TimelineEntry kept = new TimelineEntry(new ChronologyEntry(at, 1050L, 7L, "casework", "STEPPED_UP",
                "s".repeat(1200), "statutory-officer"), at.plusSeconds(1));
        assertThat(kept.at()).isEqualTo(at);
        assertThat(kept.pupilId()).isEqualTo(1050L);
        assertThat(kept.caseId()).isEqualTo(7L);
        assertThat(kept.summary()).hasSize(1000).endsWith("\u2026");
        assertThat(kept.actor()).isEqualTo("statutory-officer");
    }
}

package uk.gov.pathway.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.identifiers.Laestab;

class ReferralTest {

    private static Referral.Details form(String reason) {
        return new Referral.Details(reason, "Attendance this academic year: 82.5%", "2024/25: 91.0%", null, null,
                null, null, null, null, null, null, null);
    }

    @Test
    void theFormComesPreFilledWithoutAReasonButIsNotSentWithoutOne() {
        assertThat(form("").reason()).isEmpty();
        assertThatThrownBy(() -> new Referral(1L, Laestab.of("9991001"), "school-lead-9991001",
                LocalDate.of(2026, 1, 12), form(" "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason is required");
    }

    @Test
    void aReferralWithAReasonKeepsItStripped() {
        Referral referral = new Referral(1L, Laestab.of("9991001"), "school-lead-9991001", LocalDate.of(2026, 1, 12),
                form("  Absent most Mondays  "));
        assertThat(referral.details().reason()).isEqualTo("Absent most Mondays");
    }
}

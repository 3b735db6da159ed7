package uk.gov.pathway.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepUpGateTest {

    private static final List<PathwayLevel.Requirement> KNOWSLEY_L2 = List.of(
            new PathwayLevel.Requirement(EvidenceKind.AIM_MEETING, "Minutes of an Attendance Improvement Meeting", 1),
            new PathwayLevel.Requirement(EvidenceKind.SUPPORT_PLAN, "An action plan with targets", 1),
            new PathwayLevel.Requirement(EvidenceKind.PLAN_REVIEW, "AIM actions reviewed", 1));

    @Test
    void namesEachMissingItemWithWhatIsNeededAndWhatIsRecorded() {
        assertThat(StepUpGate.missing(KNOWSLEY_L2, Map.of(EvidenceKind.SUPPORT_PLAN, 2))).containsExactly(
                "Minutes of an Attendance Improvement Meeting: 1 needed, 0 recorded (Attendance Improvement Meeting (AIM))",
                "AIM actions reviewed: 1 needed, 0 recorded (Plan reviewed)");
    }

    @Test
    void isOpenWhenEveryCountIsReached() {
        assertThat(StepUpGate.missing(KNOWSLEY_L2, Map.of(EvidenceKind.AIM_MEETING, 1, EvidenceKind.SUPPORT_PLAN, 1,
                EvidenceKind.PLAN_REVIEW, 1))).isEmpty();
    }

    @Test
    void countsBelowAHigherMinimumAreMissing() {
        List<PathwayLevel.Requirement> twoVisits = List.of(
                new PathwayLevel.Requirement(EvidenceKind.HOME_VISIT, null, 2));
        assertThat(StepUpGate.missing(twoVisits, Map.of(EvidenceKind.HOME_VISIT, 1)))
                .containsExactly("Home visit: 2 needed, 1 recorded (Home visit)");
        assertThat(StepUpGate.missing(twoVisits, Map.of(EvidenceKind.HOME_VISIT, 2))).isEmpty();
    }

    @Test
    void anAttendanceImprovementMeetingLastsAtMostAnHourAndRecordsWhoCame() {
        LocalDate day = LocalDate.of(2025, 10, 6);
        assertThatThrownBy(() -> new Contact.Details(EvidenceKind.AIM_MEETING, day, "AIM", null, "Parent, officer",
                true, 61)).hasMessageContaining("at most 60 minutes");
        assertThatThrownBy(() -> new Contact.Details(EvidenceKind.AIM_MEETING, day, "AIM", null, null, true, 30))
                .hasMessageContaining("attendees");
        assertThatThrownBy(() -> new Contact.Details(EvidenceKind.TAF_MEETING, day, "TAF", null, "Parent", null, 30))
                .hasMessageContaining("familyPresent");
        Contact.Details ok = new Contact.Details(EvidenceKind.AIM_MEETING, day, "AIM", null, "Parent, officer",
                false, 60);
        assertThat(new Contact(1L, ok, "traded-officer", Instant.EPOCH).durationMinutes()).isEqualTo(60);
        assertThatThrownBy(() -> new Contact.Details(EvidenceKind.SUPPORT_PLAN, day, "x", null, null, null, null))
                .hasMessageContaining("kind must be a kind of contact");
    }

    @Test
    void aReferralNotSuitableForNowIsReviewedWithinTheLimitAndCannotBeDecidedTwice() {
        Referral referral = new Referral(7L, new uk.gov.pathway.kernel.identifiers.Laestab("9991001"),
                "school-lead-9991001", LocalDate.of(2025, 10, 6), new Referral.Details("Bereavement in the family",
                "Attendance 82.0%", "2024/25: 91.0%", null, null, null, null, null, null, null, null, null));
        LocalDate today = LocalDate.of(2025, 10, 6);
        LocalDate latest = LocalDate.of(2025, 11, 21);
        assertThatThrownBy(() -> referral.notSuitableNow("Bereavement", latest.plusDays(1), latest, "traded-officer",
                today)).hasMessageContaining("reviewBy must be between");
        referral.notSuitableNow("Bereavement: give the family time", latest, latest, "traded-officer", today);
        assertThat(referral.status()).isEqualTo(ReferralStatus.NOT_SUITABLE);
        referral.accept(50L, "traded-officer", latest);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> referral.decline("No", "traded-officer", latest)).hasMessageContaining("already accepted");
    }

    @Test
    void evidenceKindsAreNamedByCodeWithTheKnownOnesListed() {
        assertThat(EvidenceKind.of("kind", " home_visit ")).isEqualTo(EvidenceKind.HOME_VISIT);
        assertThatThrownBy(() -> EvidenceKind.of("kind", "SMOKE_SIGNAL")).hasMessageContaining("SMOKE_SIGNAL")
                .hasMessageContaining("HOME_VISIT");
    }
}

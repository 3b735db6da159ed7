package uk.gov.pathway.panels.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each kind of decision must have recorded (RULES.md: s447, s444(1A); Knowsley's neglect threshold). */
class DecisionRulesTest {

    private static DecisionRules.Asked prosecution(Outcome outcome, Boolean esoConsidered, String eso, Long carer,
                                                   Set<Long> interviewed) {
        return new DecisionRules.Asked(outcome, "Attendance 61% after a parenting contract and a notice", Map.of(),
                null, null, esoConsidered, eso, true, "Certified register, letters and notes of meetings", true,
                "No reason not to proceed given by the school or the agencies", carer, interviewed, null);
    }

    private static Optional<String> refusedField(DecisionRules.Asked asked) {
        return DecisionRules.check(asked).map(DecisionRules.Refusal::field);
    }

    @Test
    void aProsecutionWithoutTheS447ConsiderationOfAnEsoIsRefused() {
        assertThat(refusedField(prosecution(Outcome.PROSECUTE_444_1, null, null, null, Set.of())))
                .contains("esoConsideration");
        assertThat(refusedField(prosecution(Outcome.PROSECUTE_444_1, true, " ", null, Set.of())))
                .contains("esoConsideration");
        assertThat(refusedField(prosecution(Outcome.PROSECUTE_444_1, true,
                "An ESO was considered: the family has had a year of supervision without change", null, Set.of())))
                .isEmpty();
    }

    @Test
    void anS4441AOutcomeNeedsThatParentsInterviewUnderCaution() {
        String eso = "Considered; not applied for because the parent refused every direction";
        assertThat(refusedField(prosecution(Outcome.PROSECUTE_444_1A, true, eso, 7L, Set.of()))).contains("carerId");
        assertThat(refusedField(prosecution(Outcome.PROSECUTE_444_1A, true, eso, 7L, Set.of(8L)))).contains("carerId");
        assertThat(refusedField(prosecution(Outcome.PROSECUTE_444_1A, true, eso, null, Set.of(7L))))
                .contains("carerId");
        assertThat(refusedField(prosecution(Outcome.PROSECUTE_444_1A, true, eso, 7L, Set.of(7L)))).isEmpty();
    }

    @Test
    void theEvidentialAndPublicInterestTestsAreEachRecordedWithReasons() {
        DecisionRules.Asked noEvidentialReasons = new DecisionRules.Asked(Outcome.PROSECUTE_444_1, "Reasons", Map.of(),
                null, null, true, "Considered", true, "", true, "In the public interest", null, Set.of(), null);
        assertThat(refusedField(noEvidentialReasons)).contains("evidentialTest");
        DecisionRules.Asked publicInterestNotMet = new DecisionRules.Asked(Outcome.PROSECUTE_444_1, "Reasons", Map.of(),
                null, null, true, "Considered", true, "Enough evidence", false, "Bereavement in the family", null,
                Set.of(), null);
        assertThat(refusedField(publicInterestNotMet)).contains("publicInterestTest");
    }

    private static DecisionRules.Asked neglect(Map<NeglectFactor, String> factors, BigDecimal attendance,
                                               Boolean allTried) {
        return new DecisionRules.Asked(Outcome.EDUCATIONAL_NEGLECT, "Threshold met", factors, allTried, attendance,
                null, null, null, null, null, null, null, Set.of(), null);
    }

    @Test
    void educationalNeglectNeedsFactorsWithEvidenceAttendanceAtOrBelow75AndEveryAgencyHavingTried() {
        Map<NeglectFactor, String> factors = Map.of(NeglectFactor.NO_REASONS_FOR_ABSENCE,
                "No reason given for 31 of 40 absences", NeglectFactor.SUPPORT_NOT_TAKEN_UP, "Early Help declined twice");
        assertThat(refusedField(neglect(factors, new BigDecimal("75.0"), true))).isEmpty();
        assertThat(refusedField(neglect(factors, new BigDecimal("75.1"), true))).contains("attendance");
        assertThat(refusedField(neglect(factors, null, true))).contains("attendance");
        assertThat(refusedField(neglect(factors, new BigDecimal("60.0"), false))).contains("allAgenciesTried");
        assertThat(refusedField(neglect(Map.of(), new BigDecimal("60.0"), true))).contains("factors");
        assertThat(refusedField(neglect(Map.of(NeglectFactor.OFF_ROLLED, " "), new BigDecimal("60.0"), true)))
                .contains("factors");
    }

    @Test
    void aFairAccessPlaceNamesTheSchool() {
        DecisionRules.Asked place = new DecisionRules.Asked(Outcome.PLACE_ALLOCATED, "In-year, unplaced 3 weeks",
                Map.of(), null, null, null, null, null, null, null, null, null, Set.of(), null);
        assertThat(refusedField(place)).contains("school");
    }
}

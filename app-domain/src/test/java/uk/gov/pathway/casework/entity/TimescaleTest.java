package uk.gov.pathway.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.calendar.TestCalendars;
import uk.gov.pathway.kernel.deadlines.Timescale;

/** Each timescale of spec/PRODUCT.md with its default, counted across a half-term holiday of the test council. */
class TimescaleTest {

    private static final SchoolTimeline COUNCIL = SchoolTimeline.ofCouncil(TestCalendars.COUNCIL);

    private static LocalDate due(PathwayTimescale timescale, String start) {
        return timescale.timescale().dueFrom(LocalDate.parse(start), COUNCIL);
    }

    @Test
    void aLevelOneCaseNeedsItsEarlyHelpCheckSixSchoolWeeksOnNotSixCalendarWeeks() {
        assertThat(due(PathwayTimescale.L1_EARLY_HELP_CHECK, "2025-10-13")).isEqualTo("2025-12-01");
        assertThat(LocalDate.parse("2025-10-13").plusWeeks(6)).isEqualTo("2025-11-24");
    }

    @Test
    void aReferralNotSuitableForNowIsReviewedWithinSixSchoolWeeksAcrossTheFebruaryHalfTerm() {
        assertThat(due(PathwayTimescale.NOT_SUITABLE_REVIEW, "2026-01-21")).isEqualTo("2026-03-11");
    }

    @Test
    void anAttendanceImprovementMeetingIsReviewedAfterThreeSchoolWeeksAndMayContinueOnceForThreeMore() {
        LocalDate review = due(PathwayTimescale.AIM_REVIEW, "2025-10-08");
        assertThat(review).isEqualTo("2025-11-05");
        assertThat(PathwayTimescale.AIM_EXTENSION.timescale().dueFrom(review, COUNCIL)).isEqualTo("2025-11-26");
    }

    @Test
    void aTeamAroundTheFamilyMeetsAtLeastFortnightlyInSchoolWeeks() {
        assertThat(due(PathwayTimescale.TAF_MEETING, "2026-02-05")).isEqualTo("2026-02-26");
    }

    @Test
    void anEarlyHelpAssessmentIsReviewedViaTafEveryFourSchoolWeeksAcrossTheMayHalfTerm() {
        assertThat(due(PathwayTimescale.EHA_REVIEW, "2026-05-11")).isEqualTo("2026-06-15");
    }

    @Test
    void aLevelTwoCaseIsNotExtendedBeyondItsHalfTerm() {
        assertThat(due(PathwayTimescale.L2_CAP, "2026-02-02")).isEqualTo("2026-02-13");
        // opened in the half-term holiday: the cap is the end of the half term that follows
        assertThat(due(PathwayTimescale.L2_CAP, "2026-02-18")).isEqualTo("2026-03-27");
    }

    @Test
    void statutoryWorkIsReviewedForImprovementByTheEndOfTheHalfTerm() {
        assertThat(due(PathwayTimescale.STATUTORY_REVIEW, "2025-11-10")).isEqualTo("2025-12-19");
        assertThat(due(PathwayTimescale.STATUTORY_REVIEW, "2025-10-29")).isEqualTo("2025-12-19");
    }

    @Test
    void pupilsAreTrackedInProgressMeetingsAtLeastHalfTermly() {
        assertThat(due(PathwayTimescale.PROGRESS_MEETING, "2026-05-01")).isEqualTo("2026-05-22");
        assertThat(due(PathwayTimescale.PROGRESS_MEETING, "2026-05-27")).isEqualTo("2026-07-21");
    }

    @Test
    void driftIsCountedInSchoolDays() {
        assertThat(Timescale.schoolDays(10).dueFrom(LocalDate.parse("2025-10-20"), COUNCIL)).isEqualTo("2025-11-10");
    }

    @Test
    void aTimescaleIsWrittenAndReadAsText() {
        assertThat(Timescale.parse("6 school_weeks")).isEqualTo(Timescale.schoolWeeks(6));
        assertThat(Timescale.parse(" 10  SCHOOL_DAYS ")).isEqualTo(Timescale.schoolDays(10));
        assertThat(Timescale.parse("END_OF_HALF_TERM")).isEqualTo(Timescale.endOfHalfTerm());
        for (PathwayTimescale timescale : PathwayTimescale.values()) {
            assertThat(Timescale.parse(timescale.timescale().toString())).isEqualTo(timescale.timescale());
        }
    }

    @Test
    void aReviewEveryTwoHalfTermsFallsOnTheLastSchoolDayOfTheNextHalfTerm() {
        // 8 October is in Autumn 1 (ends 24 October); the second half term is Autumn 2, ending 19 December
        assertThat(Timescale.halfTerms(1).dueFrom(LocalDate.parse("2025-10-08"), COUNCIL)).isEqualTo("2025-10-24");
        assertThat(Timescale.halfTerms(2).dueFrom(LocalDate.parse("2025-10-08"), COUNCIL)).isEqualTo("2025-12-19");
        assertThat(TimeRule.halfTerms(2).timescale()).isEqualTo(Timescale.halfTerms(2));
        assertThat(Timescale.parse("2 half_terms")).isEqualTo(Timescale.halfTerms(2));
    }

    @Test
    void aWarningTwentySchoolDaysBeforeALimitIsWrittenAndReadBack() {
        // back from Friday 19 June 2026 over four school weeks and the May half term (25 to 29 May)
        Timescale warning = Timescale.schoolDaysBefore(20);
        assertThat(warning).hasToString("20 SCHOOL_DAYS_BEFORE");
        assertThat(Timescale.parse(warning.toString())).isEqualTo(warning);
        assertThat(warning.dueFrom(LocalDate.parse("2026-06-19"), COUNCIL)).isEqualTo("2026-05-15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "six SCHOOL_WEEKS", "6 WEEKS", "6", "3 END_OF_HALF_TERM", "0 SCHOOL_DAYS"})
    void aTimescaleThatCannotBeReadIsRefusedByName(String text) {
        assertThatThrownBy(() -> Timescale.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("'" + text + "'", "got 3", "got 0"));
    }
}

package uk.gov.pathway.registration.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.pathway.registration.attendance.Session.AM;
import static uk.gov.pathway.registration.attendance.Session.PM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.kernel.calendar.TestCalendars;
import uk.gov.pathway.registration.attendance.PenaltyNoticeThreshold.Evaluation;

class PenaltyNoticeThresholdTest {

    private static final SchoolDays SCHOOL = TestCalendars.councilSchool();

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Mark mark(String date, Session session, String code) {
        return new Mark(date(date), session, AttendanceCode.fromCode(code).orElseThrow());
    }

    private static Evaluation evaluate(List<Mark> marks, String asOf) {
        return PenaltyNoticeThreshold.evaluate(marks, date(asOf), SCHOOL, TestCalendars.FIRST_DAY);
    }

    /** Six sessions in the week of 8 September 2025, then one a week for four weeks (the second worked example). */
    private static List<Mark> sixInOneWeekThenOneAWeekForFourWeeks() {
        return List.of(
                mark("2025-09-08", AM, "O"), mark("2025-09-08", PM, "O"), mark("2025-09-09", AM, "O"),
                mark("2025-09-09", PM, "O"), mark("2025-09-10", AM, "O"), mark("2025-09-10", PM, "O"),
                mark("2025-09-15", AM, "N"), mark("2025-09-22", AM, "N"), mark("2025-09-29", AM, "N"),
                mark("2025-10-06", AM, "N"));
    }

    /** Two sessions at the end of the 2024/25 summer term and eight in the first weeks of the 2025/26 autumn term. */
    private static List<Mark> twoAtTheEndOfSummerAndEightInTheAutumn() {
        return List.of(
                mark("2025-07-21", PM, "G"), mark("2025-07-22", AM, "G"),
                mark("2025-09-03", AM, "O"), mark("2025-09-03", PM, "O"), mark("2025-09-04", AM, "O"),
                mark("2025-09-04", PM, "O"), mark("2025-09-10", AM, "N"), mark("2025-09-17", AM, "N"),
                mark("2025-09-24", AM, "N"), mark("2025-10-01", AM, "N"));
    }

    @Test
    void aPupilWithFourHolidaySessionsAndSixLateAfterRegistersInTenSchoolWeeksMeetsTheThreshold() {
        List<Mark> marks = List.of(
                mark("2025-09-08", AM, "G"), mark("2025-09-08", PM, "G"), mark("2025-09-09", AM, "G"),
                mark("2025-09-09", PM, "G"),
                mark("2025-09-15", AM, "U"), mark("2025-09-16", AM, "U"), mark("2025-09-17", AM, "U"),
                mark("2025-09-22", AM, "U"), mark("2025-09-23", AM, "U"), mark("2025-09-24", AM, "U"));

        Evaluation evaluation = evaluate(marks, "2025-09-26");

        assertThat(evaluation.met()).isTrue();
        assertThat(evaluation.unauthorisedSessionsInWindow()).isEqualTo(10);
        assertThat(evaluation.schoolWeeksInWindow()).isEqualTo(10);
        // six weeks of Summer 2 2025 and four of Autumn 1
        assertThat(evaluation.windowStart()).isEqualTo(date("2025-06-16"));
        assertThat(evaluation.windowEnd()).isEqualTo(date("2025-09-26"));
        assertThat(evaluation.asOf()).isEqualTo(date("2025-09-26"));
        assertThat(evaluation.sessions()).containsExactlyElementsOf(marks);
    }

    @Test
    void aPupilWithSixSessionsInOneWeekThenOneAWeekForFourWeeksMeetsTheThreshold() {
        Evaluation evaluation = evaluate(sixInOneWeekThenOneAWeekForFourWeeks(), "2025-10-06");

        assertThat(evaluation.met()).isTrue();
        assertThat(evaluation.unauthorisedSessionsInWindow()).isEqualTo(10);
    }

    @Test
    void twoSessionsAtTheEndOfTheSummerTermAndEightInTheAutumnTermMeetTheThresholdWithinTenSchoolWeeks() {
        Evaluation evaluation = evaluate(twoAtTheEndOfSummerAndEightInTheAutumn(), "2025-10-17");

        assertThat(evaluation.met()).isTrue();
        assertThat(evaluation.unauthorisedSessionsInWindow()).isEqualTo(10);
        assertThat(evaluation.schoolWeeksInWindow()).isEqualTo(10);
        // seven autumn weeks and three summer weeks: the holiday weeks in between are not school weeks
        assertThat(evaluation.windowStart()).isEqualTo(date("2025-07-07"));
    }

    @Test
    void sessionsOlderThanTenSchoolWeeksDropOutOfTheWindow() {
        // by 14 November the ten school weeks run back only to 1 September: the July sessions no longer count
        Evaluation evaluation = evaluate(twoAtTheEndOfSummerAndEightInTheAutumn(), "2025-11-14");

        assertThat(evaluation.met()).isFalse();
        assertThat(evaluation.unauthorisedSessionsInWindow()).isEqualTo(8);
        assertThat(evaluation.windowStart()).isEqualTo(date("2025-09-01"));
        assertThat(evaluation.sessions()).allMatch(mark -> mark.date().isAfter(date("2025-08-31")));
    }

    @Test
    void thePreviousWeekTheJulySessionsStillCountedBecauseHalfTermIsNotASchoolWeek() {
        Evaluation evaluation = evaluate(twoAtTheEndOfSummerAndEightInTheAutumn(), "2025-11-07");

        assertThat(evaluation.met()).isTrue();
        assertThat(evaluation.windowStart()).isEqualTo(date("2025-07-21"));
    }

    @Test
    void aPupilWithNineUnauthorisedSessionsDoesNotMeetTheThreshold() {
        List<Mark> nine = sixInOneWeekThenOneAWeekForFourWeeks().subList(0, 9);

        Evaluation evaluation = evaluate(nine, "2025-10-06");

        assertThat(evaluation.met()).isFalse();
        assertThat(evaluation.unauthorisedSessionsInWindow()).isEqualTo(9);
        assertThat(evaluation.sessions()).hasSize(9);
    }

    @Test
    void sessionsAfterTheDateAskedAboutAreNotCounted() {
        List<Mark> marks = new ArrayList<>(sixInOneWeekThenOneAWeekForFourWeeks().subList(0, 9));
        marks.add(mark("2025-10-06", PM, "U"));

        assertThat(evaluate(marks, "2025-10-05").unauthorisedSessionsInWindow()).isEqualTo(9);
        assertThat(evaluate(marks, "2025-10-05").met()).isFalse();
        assertThat(evaluate(marks, "2025-10-06").met()).isTrue();
    }

    @Test
    void authorisedAbsencesAndAttendanceDoNotCountTowardTheThreshold() {
        List<Mark> marks = new ArrayList<>(sixInOneWeekThenOneAWeekForFourWeeks().subList(0, 9));
        marks.add(mark("2025-09-11", AM, "I"));
        marks.add(mark("2025-09-11", PM, "I"));
        marks.add(mark("2025-09-12", AM, "M"));
        marks.add(mark("2025-09-12", PM, "L"));
        marks.add(mark("2025-09-16", AM, "#"));

        Evaluation evaluation = evaluate(marks, "2025-10-06");

        assertThat(evaluation.met()).isFalse();
        assertThat(evaluation.unauthorisedSessionsInWindow()).isEqualTo(9);
        assertThat(evaluation.sessions()).allMatch(mark -> mark.code().isUnauthorisedAbsence());
    }

    @Test
    void theWindowReachesBackPastTheOctoberHalfTerm() {
        List<Mark> marks = List.of(
                mark("2025-09-04", AM, "O"),
                mark("2025-09-08", AM, "O"),
                mark("2025-10-13", AM, "N"), mark("2025-10-14", AM, "N"), mark("2025-10-20", AM, "N"),
                mark("2025-11-03", AM, "G"), mark("2025-11-04", AM, "G"), mark("2025-11-10", AM, "U"),
                mark("2025-11-17", AM, "U"), mark("2025-11-18", AM, "U"));

        Evaluation evaluation = evaluate(marks, "2025-11-21");

        // eleven calendar weeks, ten school weeks: 8 September counts, 4 September does not
        assertThat(evaluation.windowStart()).isEqualTo(date("2025-09-08"));
        assertThat(evaluation.schoolWeeksInWindow()).isEqualTo(10);
        assertThat(evaluation.unauthorisedSessionsInWindow()).isEqualTo(9);
        assertThat(evaluation.met()).isFalse();
        assertThat(evaluation.sessions()).doesNotContain(mark("2025-09-04", AM, "O"));
    }

    @Test
    void onAHalfTermDayTheWindowEndsWithTheLastSchoolWeek() {
        Evaluation evaluation = evaluate(sixInOneWeekThenOneAWeekForFourWeeks(), "2025-10-29");

        assertThat(evaluation.windowEnd()).isEqualTo(date("2025-10-29"));
        // eight autumn weeks up to 20 October and two summer weeks; the half-term week itself is not one of them
        assertThat(evaluation.windowStart()).isEqualTo(date("2025-07-14"));
        assertThat(evaluation.schoolWeeksInWindow()).isEqualTo(10);
        assertThat(evaluation.met()).isTrue();
    }

    @Test
    void theWindowIsShorterBeforeTheFirstConfiguredYearHasTenSchoolWeeks() {
        List<Mark> marks = new ArrayList<>();
        for (String day : List.of("2024-09-03", "2024-09-04", "2024-09-10", "2024-09-11", "2024-09-17")) {
            marks.add(mark(day, AM, "N"));
            marks.add(mark(day, PM, "N"));
        }

        Evaluation evaluation = evaluate(marks, "2024-09-20");

        assertThat(evaluation.schoolWeeksInWindow()).isEqualTo(3);
        assertThat(evaluation.windowStart()).isEqualTo(date("2024-09-02"));
        assertThat(evaluation.met()).isTrue();
    }

    @Test
    void beforeAnySchoolWeekTheWindowIsEmpty() {
        Evaluation evaluation = evaluate(List.of(mark("2024-08-28", AM, "O")), "2024-08-30");

        assertThat(evaluation.schoolWeeksInWindow()).isZero();
        assertThat(evaluation.windowStart()).isEqualTo(date("2024-08-30"));
        assertThat(evaluation.sessions()).isEmpty();
        assertThat(evaluation.met()).isFalse();
    }

    @Test
    void theSessionsAreListedByDateWithTheMorningFirst() {
        List<Mark> shuffled = new ArrayList<>(sixInOneWeekThenOneAWeekForFourWeeks());
        Collections.reverse(shuffled);

        Evaluation evaluation = evaluate(shuffled, "2025-10-06");

        assertThat(evaluation.sessions()).containsExactlyElementsOf(sixInOneWeekThenOneAWeekForFourWeeks());
        assertThat(evaluation.sessions().get(0).session()).isEqualTo(AM);
        assertThat(evaluation.sessions().get(1).session()).isEqualTo(PM);
    }

    @Test
    void theSameMarkGivenTwiceIsOneSession() {
        List<Mark> marks = new ArrayList<>(sixInOneWeekThenOneAWeekForFourWeeks().subList(0, 9));
        marks.add(mark("2025-09-08", AM, "O"));

        assertThat(evaluate(marks, "2025-10-06").unauthorisedSessionsInWindow()).isEqualTo(9);
    }

    @Test
    void twoDifferentMarksForOneSessionAreRefused() {
        List<Mark> marks = List.of(mark("2025-09-08", AM, "O"), mark("2025-09-08", AM, "I"));

        assertThatThrownBy(() -> evaluate(marks, "2025-10-06"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A session can have only one mark; got O and I for 2025-09-08/AM");
    }

    @Test
    void theNationalThresholdIsTenSessionsInTenSchoolWeeks() {
        assertThat(PenaltyNoticeThreshold.SESSIONS).isEqualTo(10);
        assertThat(PenaltyNoticeThreshold.SCHOOL_WEEKS).isEqualTo(10);
    }

    @Test
    void anEvaluationWhoseCountDisagreesWithItsSessionsIsRefused() {
        assertThatThrownBy(() -> new Evaluation(date("2025-10-06"), true, date("2025-07-28"), date("2025-10-06"), 10,
                10, List.of(mark("2025-09-08", AM, "O"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unauthorisedSessionsInWindow must be the number of sessions (1); got 10");
    }
}

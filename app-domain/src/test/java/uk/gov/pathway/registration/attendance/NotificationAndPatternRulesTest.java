package uk.gov.pathway.registration.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.kernel.calendar.TestCalendars;

class NotificationAndPatternRulesTest {

    private final SchoolDays days = TestCalendars.councilSchool();

    /** Both sessions of every school day from {@code from} for {@code schoolDays} school days. */
    private List<Mark> wholeDays(LocalDate from, int schoolDays, AttendanceCode am, AttendanceCode pm) {
        List<Mark> marks = new ArrayList<>();
        LocalDate day = from;
        for (int n = 0; n < schoolDays; day = day.plusDays(1)) {
            if (days.isSessionDay(day)) {
                marks.add(new Mark(day, Session.AM, am));
                marks.add(new Mark(day, Session.PM, pm));
                n++;
            }
        }
        return marks;
    }

    private LocalDate schoolDayAfter(LocalDate from, int schoolDays) {
        LocalDate day = from;
        for (int n = 0; n < schoolDays; ) {
            day = day.plusDays(1);
            if (days.isSessionDay(day)) {
                n++;
            }
        }
        return day;
    }

    @Test
    void tenContinuousSchoolDaysOfUnauthorisedAbsenceAcrossAWeekendMustBeNotified() {
        LocalDate start = LocalDate.of(2025, 9, 10);
        List<Mark> marks = wholeDays(start, 10, AttendanceCode.UNAUTHORISED_OTHER, AttendanceCode.REASON_NOT_YET_ESTABLISHED);
        LocalDate tenthDay = schoolDayAfter(start, 9);
        assertThat(ContinuousAbsence.unauthorisedDaysUpTo(marks, tenthDay, days)).isEqualTo(10);
        assertThat(ContinuousAbsence.mustBeNotified(marks, tenthDay, days)).isTrue();
    }

    @Test
    void ninePlusADayWithOneSessionAttendedIsNotContinuous() {
        LocalDate start = LocalDate.of(2025, 9, 10);
        List<Mark> marks = new ArrayList<>(wholeDays(start, 9, AttendanceCode.UNAUTHORISED_OTHER, AttendanceCode.UNAUTHORISED_OTHER));
        LocalDate tenthDay = schoolDayAfter(start, 9);
        marks.add(new Mark(tenthDay, Session.AM, AttendanceCode.LATE_AFTER_REGISTER_CLOSED));
        marks.add(new Mark(tenthDay, Session.PM, AttendanceCode.PRESENT_PM));
        assertThat(ContinuousAbsence.unauthorisedDaysUpTo(marks, tenthDay, days)).isZero();
        assertThat(ContinuousAbsence.unauthorisedDaysUpTo(marks, schoolDayAfter(start, 8), days)).isEqualTo(9);
    }

    @Test
    void theHalfTermHolidayDoesNotBreakARunOfUnauthorisedAbsence() {
        // Autumn 1 2025/26 ends Friday 24 October; Autumn 2 starts Monday 3 November.
        List<Mark> marks = new ArrayList<>(wholeDays(LocalDate.of(2025, 10, 20), 5, AttendanceCode.UNAUTHORISED_OTHER,
                AttendanceCode.UNAUTHORISED_OTHER));
        marks.addAll(wholeDays(LocalDate.of(2025, 11, 3), 5, AttendanceCode.UNAUTHORISED_OTHER, AttendanceCode.UNAUTHORISED_OTHER));
        assertThat(ContinuousAbsence.unauthorisedDaysUpTo(marks, LocalDate.of(2025, 11, 7), days)).isEqualTo(10);
    }

    @Test
    void fifteenDaysOfIllnessCumulativeMustBeNotifiedAndHalfDaysCountHalf() {
        List<Mark> marks = new ArrayList<>(wholeDays(LocalDate.of(2025, 9, 10), 14, AttendanceCode.ILLNESS, AttendanceCode.ILLNESS));
        marks.add(new Mark(LocalDate.of(2025, 11, 4), Session.AM, AttendanceCode.ILLNESS));
        assertThat(IllnessAbsence.days(marks)).isEqualByComparingTo(new BigDecimal("14.5"));
        assertThat(IllnessAbsence.mustBeNotified(marks)).isFalse();
        marks.add(new Mark(LocalDate.of(2025, 11, 5), Session.PM, AttendanceCode.ILLNESS));
        assertThat(IllnessAbsence.mustBeNotified(marks)).isTrue();
    }

    @Test
    void absenceSpellsAreRunsOfAbsentSessionsThatClosuresDoNotBreak() {
        LocalDate monday = LocalDate.of(2025, 9, 15);
        List<Mark> marks = List.of(
                new Mark(monday, Session.AM, AttendanceCode.ILLNESS),
                new Mark(monday, Session.PM, AttendanceCode.ILLNESS),
                new Mark(monday.plusDays(1), Session.AM, AttendanceCode.PLANNED_WHOLE_SCHOOL_CLOSURE),
                new Mark(monday.plusDays(1), Session.PM, AttendanceCode.UNAUTHORISED_OTHER),
                new Mark(monday.plusDays(2), Session.AM, AttendanceCode.PRESENT_AM),
                new Mark(monday.plusDays(2), Session.PM, AttendanceCode.PRESENT_PM),
                new Mark(monday.plusDays(7), Session.AM, AttendanceCode.MEDICAL_OR_DENTAL_APPOINTMENT),
                new Mark(monday.plusDays(7), Session.PM, AttendanceCode.PRESENT_PM));
        AbsencePatterns patterns = AbsencePatterns.of(marks);
        assertThat(patterns.spells()).isEqualTo(2);
        assertThat(patterns.longestSpellSessions()).isEqualTo(3);
        assertThat(patterns.averageSpellSessions()).isEqualByComparingTo("2.0");
        assertThat(patterns.absencePercentByWeekday().get(DayOfWeek.MONDAY)).isEqualByComparingTo("75.0");
        assertThat(patterns.absencePercentByWeekday().get(DayOfWeek.TUESDAY)).isEqualByComparingTo("100.0");
        assertThat(patterns.absencePercentByWeekday().get(DayOfWeek.WEDNESDAY)).isEqualByComparingTo("0.0");
    }

    @Test
    void aPupilWhoNeverMissedHasNoSpells() {
        AbsencePatterns patterns = AbsencePatterns.of(wholeDays(LocalDate.of(2025, 9, 10), 5,
                AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM));
        assertThat(patterns.spells()).isZero();
        assertThat(patterns.longestSpellSessions()).isZero();
    }
}

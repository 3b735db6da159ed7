package uk.gov.pathway.registration.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceFiguresTest {

    private static List<AttendanceCode> codes(String... written) {
        return Arrays.stream(written).map(code -> AttendanceCode.fromCode(code).orElseThrow()).toList();
    }

    private static List<AttendanceCode> times(int count, String written) {
        return Collections.nCopies(count, AttendanceCode.fromCode(written).orElseThrow());
    }

    private static List<AttendanceCode> concat(List<AttendanceCode> first, List<AttendanceCode> second) {
        List<AttendanceCode> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void presentSessionsAreMorningAfternoonAndLateBeforeTheRegisterClosed() {
        AttendanceFigures figures = AttendanceFigures.of(codes("/", "\\", "L", "/"));
        assertThat(figures.possibleSessions()).isEqualTo(4);
        assertThat(figures.presentSessions()).isEqualTo(4);
        assertThat(figures.lateBeforeRegisterCloses()).isEqualTo(1);
        assertThat(figures.attendancePercent()).isEqualTo(new BigDecimal("100.0"));
        assertThat(figures.absencePercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(figures.band()).isEqualTo(AbsenceBand.NONE);
    }

    @Test
    void anApprovedEducationalActivityIsAPossibleSessionThatCountsAsAttendance() {
        AttendanceFigures figures = AttendanceFigures.of(codes("K", "V", "P", "W", "B", "/", "\\", "/", "I", "G"));
        assertThat(figures.approvedEducationalActivitySessions()).isEqualTo(5);
        assertThat(figures.presentSessions()).isEqualTo(3);
        assertThat(figures.possibleSessions()).isEqualTo(10);
        assertThat(figures.attendancePercent()).isEqualTo(new BigDecimal("80.0"));
        assertThat(figures.absencePercent()).isEqualTo(new BigDecimal("20.0"));
        assertThat(figures.band()).isEqualTo(AbsenceBand.PERSISTENT);
    }

    @Test
    void authorisedAbsenceIsLeaveGrantedOrOtherAuthorisedReasons() {
        AttendanceFigures figures = AttendanceFigures.of(
                concat(codes("C1", "M", "J1", "S", "C2", "C", "T", "R", "I", "E"), times(10, "/")));
        assertThat(figures.authorisedAbsenceSessions()).isEqualTo(10);
        assertThat(figures.unauthorisedAbsenceSessions()).isZero();
        assertThat(figures.possibleSessions()).isEqualTo(20);
        assertThat(figures.absencePercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(figures.band()).isEqualTo(AbsenceBand.SEVERE);
    }

    @Test
    void arrivingAfterTheRegisterClosedIsUnauthorisedAbsenceAndCountedAsLate() {
        AttendanceFigures figures = AttendanceFigures.of(concat(codes("G", "N", "O", "U", "U"), times(15, "\\")));
        assertThat(figures.unauthorisedAbsenceSessions()).isEqualTo(5);
        assertThat(figures.lateAfterRegisterCloses()).isEqualTo(2);
        assertThat(figures.lateBeforeRegisterCloses()).isZero();
        assertThat(figures.possibleSessions()).isEqualTo(20);
        assertThat(figures.attendancePercent()).isEqualTo(new BigDecimal("75.0"));
        assertThat(figures.absencePercent()).isEqualTo(new BigDecimal("25.0"));
    }

    @Test
    void sessionsThePupilWasNotRequiredOrAbleToAttendAreNotPossibleSessions() {
        AttendanceFigures figures = AttendanceFigures.of(concat(
                codes("D", "X", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "#"), codes("/", "I")));
        assertThat(figures.notRequiredSessions()).isEqualTo(12);
        assertThat(figures.possibleSessions()).isEqualTo(2);
        assertThat(figures.attendancePercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(figures.band()).isEqualTo(AbsenceBand.SEVERE);
    }

    @Test
    void sevenOfEightySessionsMissedIsAbsence8Point8AndAttendance91Point3EachRoundedOnItsOwn() {
        // spec/RULES.md's worked example: 8.75% absence rounds half up to 8.8, 91.25% attendance to 91.3
        AttendanceFigures figures = AttendanceFigures.of(concat(times(7, "O"), times(73, "/")));
        assertThat(figures.possibleSessions()).isEqualTo(80);
        assertThat(figures.absencePercent()).isEqualTo(new BigDecimal("8.8"));
        assertThat(figures.attendancePercent()).isEqualTo(new BigDecimal("91.3"));
        assertThat(figures.attendancePercent().add(figures.absencePercent())).isEqualTo(new BigDecimal("100.1"));
        assertThat(figures.band()).isEqualTo(AbsenceBand.NONE);
    }

    @Test
    void oneSessionInThreeRoundsToOneDecimalPlaceEachWay() {
        AttendanceFigures figures = AttendanceFigures.of(codes("/", "O", "I"));
        assertThat(figures.attendancePercent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(figures.absencePercent()).isEqualTo(new BigDecimal("66.7"));
    }

    @Test
    void halfATenthRoundsUpInAttendanceAndInAbsenceAlike() {
        // 1 present of 2000 is 0.05% attendance and 99.95% absence: each rounds half up on its own
        AttendanceFigures figures = AttendanceFigures.of(concat(times(1, "/"), times(1999, "N")));
        assertThat(figures.attendancePercent()).isEqualTo(new BigDecimal("0.1"));
        assertThat(figures.absencePercent()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void theBandComesFromTheExactAbsenceNotTheRoundedPercentage() {
        // 99 missed of 1000 possible: 9.9% absence, just under persistent
        AttendanceFigures justUnder = AttendanceFigures.of(concat(times(99, "I"), times(901, "/")));
        assertThat(justUnder.absencePercent()).isEqualTo(new BigDecimal("9.9"));
        assertThat(justUnder.band()).isEqualTo(AbsenceBand.NONE);
        // 1999 missed of 20001: 9.9945% rounds to 10.0 (attendance 90.0055 to 90.0) but is not yet persistent
        AttendanceFigures shownAsTen = AttendanceFigures.of(concat(times(1999, "I"), times(18002, "/")));
        assertThat(shownAsTen.absencePercent()).isEqualTo(new BigDecimal("10.0"));
        assertThat(shownAsTen.band()).isEqualTo(AbsenceBand.NONE);
        AttendanceFigures exactlyTen = AttendanceFigures.of(concat(times(100, "G"), times(900, "/")));
        assertThat(exactlyTen.band()).isEqualTo(AbsenceBand.PERSISTENT);
    }

    @Test
    void withNoPossibleSessionsBothPercentagesAreNoughtAndThereIsNoBand() {
        for (List<AttendanceCode> codes : List.of(List.<AttendanceCode>of(), codes("#", "X", "Y4"))) {
            AttendanceFigures figures = AttendanceFigures.of(codes);
            assertThat(figures.possibleSessions()).isZero();
            assertThat(figures.attendancePercent()).isEqualTo(new BigDecimal("0.0"));
            assertThat(figures.absencePercent()).isEqualTo(new BigDecimal("0.0"));
            assertThat(figures.band()).isEqualTo(AbsenceBand.NONE);
        }
    }

    @Test
    void percentagesAlwaysHaveOneDecimalPlace() {
        AttendanceFigures figures = AttendanceFigures.of(codes("/", "\\", "/", "\\", "/", "\\", "/", "\\", "/", "I"));
        assertThat(figures.attendancePercent().scale()).isEqualTo(1);
        assertThat(figures.absencePercent().scale()).isEqualTo(1);
        assertThat(figures.attendancePercent()).hasToString("90.0");
        assertThat(figures.absencePercent()).hasToString("10.0");
        assertThat(figures.band()).isEqualTo(AbsenceBand.PERSISTENT);
    }

    @Test
    void figuresWhosePossibleSessionsDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new AttendanceFigures(5, 1, 1, 1, 1, 0, 0, 0,
                new BigDecimal("50.0"), new BigDecimal("50.0"), AbsenceBand.SEVERE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("possibleSessions must be present + approved educational activity"
                        + " + authorised + unauthorised absence (4); got 5");
        assertThatThrownBy(() -> new AttendanceFigures(0, 0, 0, 0, 0, 0, -1, 0,
                new BigDecimal("0.0"), new BigDecimal("0.0"), AbsenceBand.NONE))
                .hasMessage("lateAfterRegisterCloses must not be negative; got -1");
    }

    @Test
    void aMissingCodeIsRefused() {
        assertThatThrownBy(() -> AttendanceFigures.of(Arrays.asList(AttendanceCode.PRESENT_AM, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("codes must not contain a missing code");
    }
}

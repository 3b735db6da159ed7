package uk.gov.pathway.integration.imports.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.TermPeriod;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.control.RollIndex;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * An attendance file (spec/API.md: upn, laestab, date, session, code) read in one pass: every valid mark kept, every
 * bad row a problem naming its line and column, and a child not on the school's roll told apart from nothing.
 */
class AttendanceFileTest {

    private static final String HEADER = "upn,laestab,date,session,code\n";
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 4);
    private static final SchoolCalendar CALENDAR = SchoolCalendar.of(new AcademicYear("2025/26",
            LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
            List.of(new TermPeriod("Autumn 1", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24)),
                    new TermPeriod("Autumn 2", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 19)),
                    new TermPeriod("Spring 1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 13))),
            Set.of(LocalDate.of(2025, 12, 25)), Set.of()));

    private static final String ISLA = upn(1);
    private static final String ROWAN = upn(2);
    private static final String NOBODY = upn(3);

    private static RollIndex roll;

    private static String upn(int serial) {
        String last12 = "9991001" + "26" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    /** Isla on roll at 9991001 all year; Rowan at 9991002 until 31 January, then at 9991001. */
    @BeforeAll
    static void roll() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:attendance-file;DB_CLOSE_DELAY=-1");
             Statement sql = db.createStatement()) {
            sql.execute("create table pupil (id bigint primary key, upn varchar(13))");
            sql.execute("create table school (id bigint primary key, laestab varchar(7))");
            sql.execute("create table enrolment (pupil_id bigint, school_id bigint, start_date date, end_date date)");
            sql.execute("insert into pupil values (11, '" + ISLA + "'), (12, '" + ROWAN + "')");
            sql.execute("insert into school values (1, '9991001'), (2, '9991002')");
            sql.execute("insert into enrolment values (11, 1, date '2025-09-01', null),"
                    + " (12, 2, date '2025-09-01', date '2026-01-31'), (12, 1, date '2026-02-01', null)");
            roll = RollIndex.load(db);
        }
    }

    private static AttendanceFile.Outcome read(Set<String> allowedSchools, String rows) {
        List<Integer> progress = new ArrayList<>();
        AttendanceFile.Outcome outcome = new AttendanceFile(roll, CALENDAR, TODAY, allowedSchools).read(
                new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                (bytes, rowsRead) -> progress.add(rowsRead));
        assertThat(progress).as("the last report counts every row").last().isEqualTo(outcome.rowsRead());
        return outcome;
    }

    private static InputProblem onlyProblem(String row) {
        AttendanceFile.Outcome outcome = read(null, row + "\n");
        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.problems()).hasSize(1);
        return outcome.problems().get(0);
    }

    private static List<String> weeks(AttendanceFile.Outcome outcome) throws Exception {
        List<String> weeks = new ArrayList<>();
        outcome.marks().forEachWeek((pupil, monday, marks) -> weeks.add(pupil + " " + monday + " " + marks));
        return weeks;
    }

    @Test
    void aGoodFileKeepsEveryMarkOfTheWeekItFallsIn() throws Exception {
        AttendanceFile.Outcome outcome = read(null, ISLA + ",9991001,2026-02-02,AM,/\n"
                + ISLA + ",9991001,2026-02-02,pm,N\n" + ROWAN + ",9991001,2026-02-03,AM,L\n");

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.rowsRead()).isEqualTo(3);
        assertThat(outcome.marks().pupils()).isEqualTo(2);
        assertThat(weeks(outcome)).hasSize(2).allMatch(week -> week.contains(" 2026-02-02 "))
                .anyMatch(week -> week.startsWith("11 ") && week.contains("/N"))
                .anyMatch(week -> week.startsWith("12 ") && week.contains("L"));
    }

    @Test
    void eachBadFieldIsAProblemNamingItsLineAndColumn() {
        assertThat(onlyProblem("X12345,9991001,2026-02-02,AM,/")).extracting(InputProblem::line, InputProblem::field)
                .containsExactly(2, "upn");
        assertThat(onlyProblem(ISLA + ",99910,2026-02-02,AM,/").field()).isEqualTo("laestab");
        assertThat(onlyProblem(ISLA + ",9991001,02/02/2026,AM,/")).satisfies(p -> {
            assertThat(p.field()).isEqualTo("date");
            assertThat(p.message()).contains("YYYY-MM-DD").contains("'02/02/2026'");
        });
        assertThat(onlyProblem(ISLA + ",9991001,2026-02-02,EV,/").message()).isEqualTo("session must be AM or PM; got 'EV'");
        assertThat(onlyProblem(ISLA + ",9991001,2026-02-02,AM,ZZ")).satisfies(p -> {
            assertThat(p.field()).isEqualTo("code");
            assertThat(p.message()).contains("'ZZ' is not a national attendance code");
        });
        assertThat(onlyProblem(ISLA + ",9991001,2026-02-02,AM").message()).contains("has 4 fields but the header has 5");
    }

    @Test
    void aMarkAfterTodayOrOutsideTheCalendarIsRefused() {
        assertThat(onlyProblem(ISLA + ",9991001,2026-02-05,AM,/").message()).isEqualTo("date 2026-02-05 is in the future");
        assertThat(onlyProblem(ISLA + ",9991001,2025-07-01,AM,/").message())
                .contains("outside every academic year").contains("(2025/26)");
    }

    @Test
    void aChildNotOnTheSchoolsRollThatDayReadsTheSameAsAChildNobodyKnows() {
        InputProblem movedLater = onlyProblem(ROWAN + ",9991001,2026-01-30,AM,/");
        InputProblem unknown = onlyProblem(NOBODY + ",9991001,2026-01-30,AM,/");

        assertThat(movedLater.field()).isEqualTo("upn");
        assertThat(unknown.message()).isEqualTo(movedLater.message().replace(ROWAN, NOBODY));
        assertThat(read(null, ROWAN + ",9991002,2026-01-30,AM,/\n").valid()).isTrue();
    }

    @Test
    void aSchoolSendsMarksOfItsOwnSchoolOnly() {
        AttendanceFile.Outcome outcome = read(Set.of("9991001"), ROWAN + ",9991002,2026-01-30,AM,/\n");

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("laestab");
            assertThat(p.message()).contains("not your school");
        });
    }

    @Test
    void aSecondMarkForTheSameSessionIsRefusedAndTheFirstKept() throws Exception {
        AttendanceFile.Outcome outcome = read(null, ISLA + ",9991001,2026-02-02,AM,/\n"
                + ISLA + ",9991001,2026-02-02,AM,N\n");

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("session");
            assertThat(p.message()).contains("on an earlier line");
        });
        assertThat(weeks(outcome)).singleElement().asString().contains("/");
    }

    @Test
    void aHeaderWithoutMarksIsAProblem() {
        AttendanceFile.Outcome outcome = read(null, "");

        assertThat(outcome.problems()).extracting(InputProblem::message).containsExactly("The file has a header row but no marks");
    }
}

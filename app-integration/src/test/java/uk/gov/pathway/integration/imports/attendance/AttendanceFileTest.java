package uk.gov.pathway.integration.imports.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.TermPeriod;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.boundary.MarkSheet;
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

    /** Isla on roll at 9991001 all year; Rowan at 9991002 until 31 January, then at 9991001. */
    private static final List<MarkSheet.Place> ROLL = List.of(
            new MarkSheet.Place(ISLA, 11, "9991001", LocalDate.of(2025, 9, 1), null),
            new MarkSheet.Place(ROWAN, 12, "9991002", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31)),
            new MarkSheet.Place(ROWAN, 12, "9991001", LocalDate.of(2026, 2, 1), null));

    /** The sheet the last file was read onto: what registration would stage. */
    private MarkSheet sheet;

    private static String upn(int serial) {
        String last12 = "9991001" + "26" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    private AttendanceFile.Outcome read(Set<String> allowedSchools, String rows) {
        List<Integer> progress = new ArrayList<>();
        sheet = MarkSheet.over(ROLL);
        AttendanceFile.Outcome outcome = new AttendanceFile(sheet, CALENDAR, TODAY, allowedSchools).read(
                new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                (bytes, rowsRead) -> progress.add(rowsRead));
        assertThat(progress).as("the last report counts every row").last().isEqualTo(outcome.rowsRead());
        return outcome;
    }

    private InputProblem onlyProblem(String row) {
        AttendanceFile.Outcome outcome = read(null, row + "\n");
        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.problems()).hasSize(1);
        return outcome.problems().get(0);
    }

    @Test
    void aGoodFileKeepsEveryMarkOfTheWeekItFallsIn() throws Exception {
        AttendanceFile.Outcome outcome = read(null, ISLA + ",9991001,2026-02-02,AM,/\n"
                + ISLA + ",9991001,2026-02-02,pm,N\n" + ROWAN + ",9991001,2026-02-03,AM,L\n");

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.rowsRead()).isEqualTo(3);
        assertThat(sheet.marks()).isEqualTo(3);
        assertThat(sheet.pupils()).isEqualTo(2);
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
        assertThat(sheet.marks()).as("the first mark kept, the second refused").isEqualTo(1);
    }

    @Test
    void aHeaderWithoutMarksIsAProblem() {
        AttendanceFile.Outcome outcome = read(null, "");

        assertThat(outcome.problems()).extracting(InputProblem::message).containsExactly("The file has a header row but no marks");
    }
}

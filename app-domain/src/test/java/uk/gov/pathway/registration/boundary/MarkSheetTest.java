package uk.gov.pathway.registration.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.Session;
import uk.gov.pathway.registration.boundary.MarkSheet.Check;

/** The roll checks of a sheet built in memory, as a file reader's tests build it. */
class MarkSheetTest {

    private static final String MOVED = "B801200005001";
    private static final LocalDate MOVE_DAY = LocalDate.of(2026, 1, 5);

    private final MarkSheet sheet = MarkSheet.over(List.of(
            new MarkSheet.Place(MOVED, 7, "9991001", LocalDate.of(2025, 9, 1), MOVE_DAY.minusDays(1)),
            new MarkSheet.Place(MOVED, 7, "9991002", MOVE_DAY, null)));

    @Test
    void aChildWhoMovedSchoolHasEachSchoolsMarksOnlyForTheDaysOnItsRoll() {
        assertThat(sheet.keep(MOVED, "9991001", MOVE_DAY.minusDays(1), Session.AM, AttendanceCode.PRESENT_AM))
                .isEqualTo(Check.KEPT);
        assertThat(sheet.keep(MOVED, "9991001", MOVE_DAY, Session.AM, AttendanceCode.PRESENT_AM))
                .isEqualTo(Check.NOT_ON_ROLL);
        assertThat(sheet.keep(MOVED, "9991002", MOVE_DAY, Session.AM, AttendanceCode.PRESENT_AM)).isEqualTo(Check.KEPT);
        assertThat(sheet.keep(MOVED, "9991002", MOVE_DAY.minusDays(1), Session.PM, AttendanceCode.PRESENT_PM))
                .isEqualTo(Check.NOT_ON_ROLL);
        assertThat(sheet.marks()).isEqualTo(2);
        assertThat(sheet.pupils()).isEqualTo(1);
    }

    @Test
    void bothSchoolsCannotMarkTheSameSessionTwice() {
        sheet.keep(MOVED, "9991002", MOVE_DAY, Session.AM, AttendanceCode.PRESENT_AM);

        assertThat(sheet.keep(MOVED, "9991002", MOVE_DAY, Session.AM, AttendanceCode.ILLNESS)).isEqualTo(Check.REPEATED);
    }
}

package uk.gov.pathway.registration.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkTest {

    @Test
    void aMarkIsADateASessionAndACode() {
        Mark mark = new Mark(LocalDate.of(2025, 10, 1), Session.AM, AttendanceCode.HOLIDAY_NOT_GRANTED);
        assertThat(mark).isEqualTo(new Mark(LocalDate.of(2025, 10, 1), Session.AM, AttendanceCode.HOLIDAY_NOT_GRANTED));
        assertThat(Session.AM).isLessThan(Session.PM);
    }

    @Test
    void aMarkWithoutItsSessionIsRefused() {
        assertThatThrownBy(() -> new Mark(LocalDate.of(2025, 10, 1), null, AttendanceCode.ILLNESS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A mark needs a date, a session and a code; got date 2025-10-01, session null, code ILLNESS");
    }
}

package uk.gov.pathway.registration.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How a week of marks is stored: 14 characters, Monday AM, Monday PM, ... Sunday PM, each the code's storage character
 * or {@value #NO_MARK} where the register has no mark (table attendance_week).
 */
public final class WeekMarks {

    public static final char NO_MARK = '-';
    public static final int SLOTS = 14;
    public static final String EMPTY = String.valueOf(NO_MARK).repeat(SLOTS);

    private WeekMarks() {
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static int slot(LocalDate day, Session session) {
        return (day.getDayOfWeek().getValue() - 1) * 2 + (session == Session.PM ? 1 : 0);
    }

    /** The marks of one stored week, in order of date and session. */
    public static List<Mark> decode(LocalDate weekStart, String marks) {
        List<Mark> decoded = new ArrayList<>();
        decodeInto(weekStart, marks, null, decoded);
        return decoded;
    }

    /** Adds the week's marks whose code is one of {@code codes} (all marks when null) to {@code into}. */
    public static void decodeInto(LocalDate weekStart, String marks, java.util.Set<AttendanceCode> codes, List<Mark> into) {
        List<Mark> decoded = into;
        for (int slot = 0; slot < Math.min(SLOTS, marks.length()); slot++) {
            char stored = marks.charAt(slot);
            if (stored != NO_MARK && (codes == null || codes.contains(AttendanceCode.fromStorageChar(stored)))) {
                decoded.add(new Mark(weekStart.plusDays(slot / 2), slot % 2 == 0 ? Session.AM : Session.PM,
                        AttendanceCode.fromStorageChar(stored)));
            }
        }
    }
}

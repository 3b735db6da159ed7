package uk.gov.pathway.registration.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.gov.pathway.registration.attendance.Session;
import uk.gov.pathway.registration.attendance.WeekMarks;

/**
 * The marks of one file, per pupil, before they are written: one byte per session from the pupil's first week in the
 * file, so a county's school year (95 million marks) takes about 200 MB and each mark is checked for a repeat on the spot.
 */
public final class MarkBuffer {

    /** A pupil's sessions: slot = days since {@code firstMonday} x 2 + session; 0 where the file has no mark. */
    private static final class PupilMarks {
        long firstMondayEpochDay;
        byte[] slots = new byte[28];
    }

    public interface WeekHandler {
        void week(long pupilId, LocalDate weekStart, String marks) throws Exception;
    }

    private final Map<Long, PupilMarks> pupils = new HashMap<>();

    /** Keeps the mark; answers false when the file already gave a mark for this pupil, date and session. */
    public boolean put(long pupilId, LocalDate date, Session session, char code) {
        long monday = WeekMarks.weekStart(date).toEpochDay();
        PupilMarks marks = pupils.get(pupilId);
        if (marks == null) {
            marks = new PupilMarks();
            marks.firstMondayEpochDay = monday;
            pupils.put(pupilId, marks);
        } else if (monday < marks.firstMondayEpochDay) {
            int shift = (int) (marks.firstMondayEpochDay - monday) * 2;
            byte[] grown = new byte[marks.slots.length + shift];
            System.arraycopy(marks.slots, 0, grown, shift, marks.slots.length);
            marks.slots = grown;
            marks.firstMondayEpochDay = monday;
        }
        int slot = (int) (date.toEpochDay() - marks.firstMondayEpochDay) * 2 + (session == Session.PM ? 1 : 0);
        if (slot >= marks.slots.length) {
            byte[] grown = new byte[Math.max(slot + 14, marks.slots.length * 2)];
            System.arraycopy(marks.slots, 0, grown, 0, marks.slots.length);
            marks.slots = grown;
        }
        if (marks.slots[slot] != 0) {
            return false;
        }
        marks.slots[slot] = (byte) code;
        return true;
    }

    /** Hands over every week that has at least one mark, as the 14-character week row. */
    public void forEachWeek(WeekHandler handler) throws Exception {
        char[] week = new char[WeekMarks.SLOTS];
        for (Map.Entry<Long, PupilMarks> entry : pupils.entrySet()) {
            PupilMarks marks = entry.getValue();
            for (int start = 0; start < marks.slots.length; start += WeekMarks.SLOTS) {
                boolean any = false;
                for (int i = 0; i < WeekMarks.SLOTS; i++) {
                    int slot = start + i;
                    byte code = slot < marks.slots.length ? marks.slots[slot] : 0;
                    week[i] = code == 0 ? WeekMarks.NO_MARK : (char) code;
                    any |= code != 0;
                }
                if (any) {
                    handler.week(entry.getKey(), LocalDate.ofEpochDay(marks.firstMondayEpochDay + start / 2),
                            new String(week));
                }
            }
        }
    }

    public int pupils() {
        return pupils.size();
    }
}

package uk.gov.pathway.registration.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.Session;
import uk.gov.pathway.registration.control.MarkBuffer;
import uk.gov.pathway.registration.control.RollIndex;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * The marks of one attendance file as it is read, each checked against the roll as it stood when the sheet was opened
 * ({@link MarkImports#sheet()}) and kept in memory until {@link MarkImports#stage} writes them. One per import, used by
 * one thread; a mark costs a look-up and a byte, so a county's file is checked at the speed it is read.
 */
public final class MarkSheet {

    /** What became of a mark offered to the sheet. */
    public enum Check {
        KEPT,
        /** The UPN is unknown, or the pupil was not on roll at that school that day: one answer for both. */
        NOT_ON_ROLL,
        /** The sheet already holds a mark for this pupil, date and session. */
        REPEATED
    }

    /** A pupil's place on a roll: on roll at the school from {@code start} to {@code end} (null: still on roll). */
    public record Place(String upn, long pupilId, String laestab, LocalDate start, LocalDate end) {
    }

    private final RollIndex roll;
    private final MarkBuffer marks = new MarkBuffer();
    private final Set<String> upnsChecked = new HashSet<>();
    private int kept;

    MarkSheet(RollIndex roll) {
        this.roll = roll;
    }

    /** A sheet over a roll given here rather than read from the database: for testing a file's reader. */
    public static MarkSheet over(List<Place> places) {
        Map<String, RollIndex.Roll> byUpn = new HashMap<>();
        for (Place place : places) {
            byUpn.computeIfAbsent(place.upn(), upn -> new RollIndex.Roll(place.pupilId(), new ArrayList<>())).places()
                    .add(new RollIndex.Place(place.laestab(), place.start(), place.end()));
        }
        return new MarkSheet(RollIndex.of(byUpn));
    }

    /** Why this is not a UPN (the rule's own message), or null when it is one; valid UPNs are remembered. */
    public String upnProblem(String upn) {
        if (upnsChecked.contains(upn)) {
            return null;
        }
        try {
            UniquePupilNumber.of(upn);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        upnsChecked.add(upn);
        return null;
    }

    /** Keeps the mark when the pupil was on roll at the school that day and the sheet has no mark for that session yet. */
    public Check keep(String upn, String laestab, LocalDate date, Session session, AttendanceCode code) {
        RollIndex.Roll pupil = roll.roll(upn);
        long pupilId = pupil == null ? -1 : roll.pupilOnRoll(pupil, laestab, date);
        if (pupilId < 0) {
            return Check.NOT_ON_ROLL;
        }
        if (!marks.put(pupilId, date, session, code.storageChar())) {
            return Check.REPEATED;
        }
        kept++;
        return Check.KEPT;
    }

    /** How many marks the sheet holds. */
    public int marks() {
        return kept;
    }

    /** How many pupils the marks are of. */
    public int pupils() {
        return marks.pupils();
    }

    MarkBuffer buffer() {
        return marks;
    }
}

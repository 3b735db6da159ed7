package uk.gov.pathway.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** School weeks: Monday-to-Sunday weeks in which the pupil's school had at least one session. */
// The Education (Penalty Notices) (England) (Amendment) Regulations 2024; spec/RULES.md, Penalty notices, School week
public final class SchoolWeeks {

    private SchoolWeeks() {
    }

    /** The Monday of the week containing the date. */
    public static LocalDate weekStart(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date must be given to find its week; got null");
        }
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static boolean isSchoolWeek(LocalDate monday, SchoolDays days) {
        if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A school week starts on a Monday; got " + monday
                    + (monday == null ? "" : " (" + monday.getDayOfWeek() + ")"));
        }
        if (days == null) {
            throw new IllegalArgumentException("days (the school's session days) must be given; got null");
        }
        for (int offset = 0; offset < 7; offset++) {
            if (days.isSessionDay(monday.plusDays(offset))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Mondays of the {@code count} most recent school weeks ending with the week containing {@code date}, earliest
     * first. That week is included only if it is a school week; fewer are returned if the weeks run out before the
     * week containing {@code earliest} (the first day of the first configured academic year).
     */
    public static List<LocalDate> lastSchoolWeeks(LocalDate date, int count, SchoolDays days, LocalDate earliest) {
        if (date == null || earliest == null) {
            throw new IllegalArgumentException("date and earliest must be given; got " + date + " and " + earliest);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1; got " + count);
        }
        LocalDate firstMonday = weekStart(earliest);
        List<LocalDate> mondays = new ArrayList<>(count);
        for (LocalDate monday = weekStart(date); mondays.size() < count && !monday.isBefore(firstMonday);
                monday = monday.minusWeeks(1)) {
            if (isSchoolWeek(monday, days)) {
                mondays.add(monday);
            }
        }
        Collections.reverse(mondays);
        return List.copyOf(mondays);
    }
}

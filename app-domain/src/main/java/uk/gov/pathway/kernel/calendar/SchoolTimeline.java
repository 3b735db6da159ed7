package uk.gov.pathway.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Counting forward in school time: school weeks, school days and half terms of one calendar, for deadlines.
 * "Weeks" and "half term" are school weeks and half terms from the council's calendar (spec/PRODUCT.md, Timescales);
 * a school week is a Monday-to-Sunday week with at least one school day ({@link SchoolWeeks}).
 * Counting never runs past the last configured academic year: a date beyond it is refused with what to configure.
 */
public final class SchoolTimeline {

    private final SchoolCalendar calendar;
    private final SchoolDays days;
    private final LocalDate lastConfiguredDay;

    public SchoolTimeline(SchoolCalendar calendar, SchoolDayExceptions exceptions) {
        if (calendar == null) {
            throw new IllegalArgumentException("A school timeline needs the council's school calendar; got null");
        }
        this.calendar = calendar;
        this.days = calendar.forSchool(exceptions);
        this.lastConfiguredDay = calendar.academicYears().isEmpty() ? null
                : calendar.academicYears().get(calendar.academicYears().size() - 1).end();
    }

    /** The council's own school days, without any one school's exceptions: what council deadlines count. */
    public static SchoolTimeline ofCouncil(SchoolCalendar calendar) {
        return new SchoolTimeline(calendar, SchoolDayExceptions.NONE);
    }

    public boolean isSchoolDay(LocalDate date) {
        return days.isSessionDay(date);
    }

    /**
     * The date {@code weeks} school weeks after {@code from}: the same weekday in the {@code weeks}-th school week after
     * the week containing {@code from} (weeks without a school day, the holidays, do not count). When the school is
     * closed that day, the last school day before it in that week, or else the first one after it.
     */
    public LocalDate afterSchoolWeeks(LocalDate from, int weeks) {
        requireDate(from, "from");
        if (weeks < 1) {
            throw new IllegalArgumentException("A number of school weeks must be at least 1; got " + weeks);
        }
        LocalDate monday = SchoolWeeks.weekStart(from);
        int counted = 0;
        while (counted < weeks) {
            monday = monday.plusWeeks(1);
            requireConfigured(monday, weeks + " school weeks after " + from);
            if (SchoolWeeks.isSchoolWeek(monday, days)) {
                counted++;
            }
        }
        LocalDate sameDay = monday.plusDays(from.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        for (LocalDate day = sameDay; !day.isBefore(monday); day = day.minusDays(1)) {
            if (days.isSessionDay(day)) {
                return day;
            }
        }
        for (LocalDate day = sameDay.plusDays(1); day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
            if (days.isSessionDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("The school week of " + monday + " has no school day");
    }

    /** The {@code count}-th school day after {@code from} ({@code from} itself not counted). */
    public LocalDate afterSchoolDays(LocalDate from, int count) {
        requireDate(from, "from");
        if (count < 1) {
            throw new IllegalArgumentException("A number of school days must be at least 1; got " + count);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            requireConfigured(day, count + " school days after " + from);
            if (days.isSessionDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The {@code count}-th school day before {@code date} ({@code date} itself not counted): from it there are
     * {@code count} school days, it included, before {@code date}. The calendar must reach {@code date}'s half term,
     * else days still to be configured would be counted as holidays.
     */
    public LocalDate beforeSchoolDays(LocalDate date, int count) {
        requireDate(date, "date");
        if (count < 1) {
            throw new IllegalArgumentException("A number of school days must be at least 1; got " + count);
        }
        endOfHalfTerm(date);
        LocalDate firstConfiguredDay = calendar.academicYears().get(0).start();
        LocalDate day = date;
        int counted = 0;
        while (counted < count) {
            day = day.minusDays(1);
            if (day.isBefore(firstConfiguredDay)) {
                throw new IllegalArgumentException("Cannot count " + count + " school days before " + date
                        + ": the council's school calendar starts on " + firstConfiguredDay);
            }
            if (days.isSessionDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** How many school days fall after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int schoolDaysBetween(LocalDate from, LocalDate to) {
        requireDate(from, "from");
        requireDate(to, "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (days.isSessionDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last school day of the half term {@code date} falls in; when {@code date} is in a holiday (or after the half
     * term's last school day), the last school day of the next half term.
     */
    public LocalDate endOfHalfTerm(LocalDate date) {
        requireDate(date, "date");
        for (AcademicYear year : calendar.academicYears()) {
            for (TermPeriod period : year.periods()) {
                if (period.end().isBefore(date)) {
                    continue;
                }
                Optional<LocalDate> last = lastSchoolDay(period);
                if (last.isPresent() && !last.get().isBefore(date)) {
                    return last.get();
                }
            }
        }
        throw new IllegalArgumentException("The council's school calendar has no half term on or after " + date
                + (lastConfiguredDay == null ? ": configure the academic year" : " (it ends on " + lastConfiguredDay
                + "): configure the next academic year"));
    }

    private Optional<LocalDate> lastSchoolDay(TermPeriod period) {
        for (LocalDate day = period.end(); !day.isBefore(period.start()); day = day.minusDays(1)) {
            if (days.isSessionDay(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private void requireConfigured(LocalDate day, String counting) {
        if (lastConfiguredDay == null || day.isAfter(lastConfiguredDay)) {
            throw new IllegalArgumentException("Cannot count " + counting + ": the council's school calendar "
                    + (lastConfiguredDay == null ? "has no academic year" : "ends on " + lastConfiguredDay)
                    + "; configure the next academic year");
        }
    }

    private static void requireDate(LocalDate date, String name) {
        if (date == null) {
            throw new IllegalArgumentException(name + " must be a date; got null");
        }
    }
}

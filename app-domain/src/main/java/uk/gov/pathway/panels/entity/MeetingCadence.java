package uk.gov.pathway.panels.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A panel's rhythm: a meeting every {@code weeks} weeks from {@code first} (Knowsley's CLAAG: every two weeks). Each
 * nominal date that is not a school day moves to the next school day; the rhythm goes on from the nominal dates, so
 * a meeting moved by a holiday does not move the ones after it.
 */
public record MeetingCadence(LocalDate first, int weeks) {

    public MeetingCadence {
        if (first == null || weeks < 1) {
            throw new IllegalArgumentException("A cadence needs a first meeting and at least one week between meetings");
        }
    }

    /** A meeting to plan: the nominal date of the rhythm and the school day it is held on. */
    public record Planned(LocalDate nominal, LocalDate date) {
    }

    /**
     * The meetings whose nominal date falls from {@code from} to {@code to} (both included), each on a school day;
     * a nominal date whose next school day is unknown (beyond the calendar) stops the list.
     */
    public List<Planned> between(LocalDate from, LocalDate to, Predicate<LocalDate> schoolDay,
                                 java.util.function.Predicate<LocalDate> known) {
        List<Planned> planned = new ArrayList<>();
        LocalDate nominal = first;
        while (nominal.isBefore(from)) {
            nominal = nominal.plusWeeks(weeks);
        }
        for (; !nominal.isAfter(to); nominal = nominal.plusWeeks(weeks)) {
            LocalDate date = nominal;
            while (known.test(date) && !schoolDay.test(date)) {
                date = date.plusDays(1);
            }
            if (!known.test(date)) {
                break;
            }
            planned.add(new Planned(nominal, date));
        }
        return planned;
    }

    /** Papers are due three school days before the meeting (or three days before, where the calendar does not reach). */
    public static LocalDate papersDue(Predicate<LocalDate> schoolDay, Predicate<LocalDate> known, LocalDate meeting) {
        LocalDate day = meeting;
        int counted = 0;
        while (counted < 3) {
            day = day.minusDays(1);
            if (!known.test(day)) {
                return meeting.minusDays(3);
            }
            if (schoolDay.test(day)) {
                counted++;
            }
        }
        return day;
    }
}

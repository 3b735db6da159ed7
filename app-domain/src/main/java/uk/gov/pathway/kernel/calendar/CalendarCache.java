package uk.gov.pathway.kernel.calendar;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The council's school calendar as last read, with the stamp of the stored years it was read from (how many, and the
 * sum of their versions): {@link SchoolCalendarService#calendar()} checks the stamp in one query and reads the years,
 * their half terms and days again only when it has changed, here or on another server.
 */
@ApplicationScoped
public class CalendarCache {

    /** What the stored calendar looked like when read. */
    record Stamp(long years, long versions) {
    }

    private record Entry(Stamp stamp, SchoolCalendar calendar) {
    }

    private volatile Entry entry;

    /** The calendar read under this stamp, or null when the calendar has changed since (or was never read). */
    SchoolCalendar get(Stamp stamp) {
        Entry current = entry;
        return current != null && current.stamp().equals(stamp) ? current.calendar() : null;
    }

    void put(Stamp stamp, SchoolCalendar calendar) {
        entry = new Entry(stamp, calendar);
    }
}

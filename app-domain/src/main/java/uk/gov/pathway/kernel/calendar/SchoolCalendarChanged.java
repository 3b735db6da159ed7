package uk.gov.pathway.kernel.calendar;

/**
 * The council's school calendar changed: an academic year was added or corrected (its label), in the transaction that
 * fires this. Observers count again what waited for it (the deadlines beyond the calendar).
 */
public record SchoolCalendarChanged(String yearLabel) {
}

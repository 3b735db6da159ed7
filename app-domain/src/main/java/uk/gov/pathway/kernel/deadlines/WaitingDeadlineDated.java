package uk.gov.pathway.kernel.deadlines;

import java.time.LocalDate;

/**
 * A deadline that waited for the school calendar was dated once the academic year was added, in the transaction that
 * added it: the module that asked for it may keep the date beside its record (a contract's next review, say).
 *
 * @param counted the date counted on the calendar
 * @param dueDate the day the deadline falls due: the counted one, or today where that has passed
 */
public record WaitingDeadlineDated(String subjectType, long subjectId, String kind, LocalDate counted,
                                   LocalDate dueDate) {
}

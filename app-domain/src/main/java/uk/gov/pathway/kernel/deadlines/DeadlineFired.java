package uk.gov.pathway.kernel.deadlines;

import java.time.LocalDate;

/**
 * A deadline fell due and fired (once: announced only by the transaction that flipped it from OPEN to FIRED), as a CDI
 * event inside that transaction, so that the module whose subject it is can act on it (legal: a penalty notice
 * unsettled at the end of its 28 days becomes UNPAID). An observer that fails rolls the firing back; the sweep tries
 * again.
 */
public record DeadlineFired(long deadlineId, String kind, String subjectType, long subjectId, LocalDate dueDate) {
}

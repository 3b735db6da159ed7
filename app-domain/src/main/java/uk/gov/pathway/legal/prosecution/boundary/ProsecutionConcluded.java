package uk.gov.pathway.legal.prosecution.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Announced (a CDI event, in the transaction that records the verdict) when a prosecution ends in court: the penalty
 * notice module observes it, because an unpaid notice followed by a prosecution in which the parent pleaded or was
 * found guilty counts toward the limit of two notices in three years, and one that ended in acquittal does not
 * (spec/RULES.md).
 *
 * @param convicted whether the parent pleaded or was found guilty
 */
public record ProsecutionConcluded(long fileId, long caseId, Long carerId, List<String> upns, String section,
                                   boolean convicted, LocalDate on) {
}

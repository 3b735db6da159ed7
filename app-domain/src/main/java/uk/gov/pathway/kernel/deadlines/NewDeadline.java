package uk.gov.pathway.kernel.deadlines;

import java.time.LocalDate;

/**
 * A deadline a module asks for.
 *
 * @param kind        a code such as AIM_REVIEW (casework's PathwayTimescale names the pathway's own), capitals, digits and _
 * @param title       what is due, as the owner reads it in their inbox, e.g. "AIM review for case 1050"
 * @param subjectType what it is about, e.g. "case" (lower case letters and _)
 * @param subjectId   the id of that thing
 * @param pupilId     the child it concerns, or null (a family case)
 * @param owner       the user name of who must act
 * @param dueDate     the day it falls due (it fires at the start of that day, in England)
 */
public record NewDeadline(String kind, String title, String subjectType, long subjectId, Long pupilId, String owner,
                          LocalDate dueDate) {
}

package uk.gov.pathway.kernel.chronology;

import java.time.Instant;

/**
 * Something that happened to a child, announced by any module (as a CDI event, inside the transaction that made it
 * happen) so that the child's and the family's chronology show it.
 *
 * @param at      when it happened (for a meeting: when it was held)
 * @param pupilId the child it concerns; an event about a family case is announced once per child
 * @param caseId  the case it belongs to, or null
 * @param module  the module that announces it: registration, casework, panels, legal
 * @param kind    a short code to filter on, e.g. CASE_OPENED, STEPPED_UP, MEETING, LETTER_SENT, DEADLINE_DUE
 * @param summary one line a person reads in the timeline
 * @param actor   the user name of who did it, or "system"
 */
public record ChronologyEntry(Instant at, long pupilId, Long caseId, String module, String kind, String summary,
                              String actor) {

    public ChronologyEntry {
        if (at == null || module == null || kind == null || summary == null || actor == null) {
            throw new IllegalArgumentException("A chronology entry needs when, module, kind, summary and actor");
        }
    }
}

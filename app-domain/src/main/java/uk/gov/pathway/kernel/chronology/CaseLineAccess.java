package uk.gov.pathway.kernel.chronology;

import java.util.Collection;
import java.util.Set;

/**
 * Which cases' chronology lines the caller may read. A line that belongs to a case shows only to those who read that
 * case (README, "Who may do what"); the kernel cannot tell who they are, so the module that owns cases answers
 * (casework, through its own access rule), and the chronology's reader asks before it shows any case's line.
 */
public interface CaseLineAccess {

    /** Of these case ids, the ones whose lines the signed-in caller may read (none for a caller who reads no case). */
    Set<Long> readable(Collection<Long> caseIds);
}

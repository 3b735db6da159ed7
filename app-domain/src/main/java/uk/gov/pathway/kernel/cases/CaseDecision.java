package uk.gov.pathway.kernel.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision about a case taken outside casework (a panel's, later Legal Services'), announced as a CDI event in the
 * deciding transaction. Casework observes it: the actions land in the case's plan with their owners and deadlines, and
 * the case's chronology says what was decided. The deciding module never writes casework's tables.
 *
 * @param caseId    the case
 * @param source    who decided, as the case shows it, e.g. "CLAAG meeting of 2026-02-10"
 * @param outcome   the decision's code, e.g. EDUCATIONAL_NEGLECT
 * @param summary   the decision and its reasons in words
 * @param actions   what must be done, by whom, by when (may be empty)
 * @param decidedBy the user name of who recorded it
 * @param decidedOn the day
 */
public record CaseDecision(long caseId, String source, String outcome, String summary, List<AgreedAction> actions,
                           String decidedBy, LocalDate decidedOn) {

    public CaseDecision {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** An action agreed: what, who (a person or an agency, in words), by when. */
    public record AgreedAction(String description, String owner, LocalDate dueOn) {
    }
}

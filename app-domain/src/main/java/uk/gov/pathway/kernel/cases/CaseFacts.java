package uk.gov.pathway.kernel.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What another module (panels, legal) may learn of a case without reading casework's tables: its facts, the evidence it
 * has recorded, its parents' interviews under caution, and whether the signed-in caller works it. The kernel cannot
 * tell; casework answers (CaseFactsOfCasework), found through CDI, as it answers {@code CaseLineAccess}. It checks no
 * access of its own on {@link #of(long)}: the asking module has decided the caller may see what it shows.
 */
public interface CaseFacts {

    /** An interview under caution of a parent (PACE 1984 Code C). */
    record Interview(long carerId, LocalDate on, String place, String present, String caution, String account,
                     String recordingReference) {
    }

    /** An action of the case's plans. */
    record Action(String description, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    /**
     * A case: its level (code and name), status, officer, reason, opening day, children (ids), the count of each kind
     * of evidence it has recorded (casework's codes, e.g. HOME_VISIT) with their labels, its plans' actions and its
     * interviews under caution.
     */
    record Fact(long caseId, String level, String levelName, String status, String officer, String reason,
                LocalDate openedOn, List<Long> pupilIds, Map<String, Integer> evidence, Map<String, String> labels,
                List<String> contacts, List<Action> actions, List<Interview> interviews) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    Optional<Fact> of(long caseId);

    /**
     * Whether the signed-in caller works the case (records on it and refers it on): 404 (NotVisibleException) when they
     * cannot see it, false when they see it but may not work it.
     */
    boolean works(long caseId);
}

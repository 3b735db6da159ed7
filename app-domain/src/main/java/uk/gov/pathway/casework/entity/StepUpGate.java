package uk.gov.pathway.casework.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The gate between a level and the next: what the level requires, against what the case has recorded. */
public final class StepUpGate {

    private StepUpGate() {
    }

    /**
     * Each requirement not met, worded for the officer, e.g. "Home visits: 1 needed, 0 recorded"; empty when the case
     * may step up.
     */
    public static List<String> missing(List<PathwayLevel.Requirement> requirements, Map<EvidenceKind, Integer> recorded) {
        List<String> missing = new ArrayList<>();
        for (PathwayLevel.Requirement requirement : requirements) {
            int count = recorded.getOrDefault(requirement.kind(), 0);
            if (count < requirement.minCount()) {
                missing.add(requirement.label() + ": " + requirement.minCount() + " needed, " + count + " recorded ("
                        + requirement.kind().label() + ")");
            }
        }
        return List.copyOf(missing);
    }
}

package uk.gov.pathway.panels.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A panel's quorum rule: how many members must be present (the chair counted), whether the chair must be, and the
 * agencies that must be among them, with how many of each (the pre-proceedings panel: the service manager and two
 * Legal Services representatives). No rule at all (0, no chair, no agencies) is a meeting without a quorum.
 */
public record Quorum(int minimum, boolean chairRequired, Map<Agency, Integer> agencies) {

    public Quorum {
        agencies = Map.copyOf(agencies);
    }

    /** One person present at a meeting, with the agency they represent there. */
    public record Present(String username, Agency agency) {
    }

    /** What is missing for a quorum among those present (empty: quorate). */
    public List<String> missing(String chair, Collection<Present> present) {
        List<String> missing = new ArrayList<>();
        if (present.size() < minimum) {
            missing.add(minimum + " members present needed, " + present.size() + " recorded");
        }
        if (chairRequired && present.stream().noneMatch(p -> p.username().equals(chair))) {
            missing.add("the chair (" + chair + ") present");
        }
        agencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(needed -> {
            long there = present.stream().filter(p -> p.agency() == needed.getKey()).count();
            if (there < needed.getValue()) {
                missing.add(needed.getKey().label() + ": " + needed.getValue() + " needed, " + there + " present");
            }
        });
        return missing;
    }

    public String describe() {
        if (minimum == 0 && !chairRequired && agencies.isEmpty()) {
            return "no quorum";
        }
        StringBuilder text = new StringBuilder(minimum + " members present");
        if (chairRequired) {
            text.append(", the chair among them");
        }
        agencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> text.append(", ")
                .append(e.getValue()).append(" of ").append(e.getKey().label()));
        return text.toString();
    }
}

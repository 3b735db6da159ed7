package uk.gov.pathway.casework.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.pathway.casework.control.CaseAccess;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/** A case as lists show it: level, status, officer and the children. */
public record CaseSummary(long id, String level, String levelName, String status, String model, String officer,
                          String reason, LocalDate openedOn, LocalDate levelSince, LocalDate closedOn, String outcome,
                          List<Child> children, long version) implements Serializable {

    public record Child(String upn, String name, String laestab, String schoolName) implements Serializable {
    }

    /** The case as {@code caller} may see it: only the children {@link CaseAccess#names} lets them see. */
    static CaseSummary of(CaseFile c, Map<Long, PupilRef> refs, Caller caller) {
        List<Child> children = c.pupilIds().stream().map(refs::get).filter(java.util.Objects::nonNull)
                .filter(child -> CaseAccess.names(caller, child))
                .sorted(java.util.Comparator.comparing(PupilRef::dateOfBirth))
                .map(r -> new Child(r.upn(), r.name(), r.laestab(), r.schoolName())).toList();
        return new CaseSummary(c.id(), c.level().code(), c.level().name(), c.status().name(), c.model().code(),
                c.officer(), c.reason(), c.openedOn(), c.levelSince(), c.closedOn(),
                c.outcome() == null ? null : c.outcome().name(), children, c.version());
    }

    /** The children's names for a heading, e.g. "Sam Doe and Alex Doe". */
    public String childrenNames() {
        List<String> names = children.stream().map(Child::name).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}

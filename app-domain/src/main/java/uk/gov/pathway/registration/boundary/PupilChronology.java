package uk.gov.pathway.registration.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.kernel.chronology.TimelineEntry;
import uk.gov.pathway.kernel.chronology.TimelineStore;
import uk.gov.pathway.registration.control.PupilRepository;
import uk.gov.pathway.registration.control.RegistrationEvents;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * A child's chronology, or their family's (the child and their brothers and sisters: children who share a parent or
 * carer), of everything every module announced: for callers who may see the child, leaving out siblings they may not.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class PupilChronology {

    /** A child the timeline covers. */
    public record Child(String upn, String name) {
    }

    /** One line of the timeline: when, whose, what, which module and case, who did it. */
    public record Line(Instant at, String upn, String childName, Long caseId, String module, String kind,
                       String summary, String actor) {
    }

    /**
     * The timeline of the child (and their visible siblings when {@code family}), oldest first, with the kinds of
     * entry they hold (for a filter's choices).
     */
    public record Timeline(String upn, boolean family, List<Child> children, List<String> kinds, List<Line> lines) {
    }

    @EJB
    PupilRegister pupils;

    @EJB
    AccessControl access;

    @Inject
    PupilRepository repository;

    @Inject
    TimelineStore store;

    @Inject
    RegistrationEvents events;

    @Inject
    Clock clock;

    /** The child's timeline, or the family's; the lines that pass the filter, oldest first. */
    public Timeline timeline(UniquePupilNumber upn, boolean family, ChronologyFilter filter) {
        return read(upn, family, filter == null ? ChronologyFilter.ALL : filter, "chronology");
    }

    /**
     * The rows for the printed (PDF) chronology: the same lines as {@link #timeline}, oldest first, with the children
     * they are about. The print-out's writer lays them out; this decides what may be printed.
     */
    public Timeline forPrinting(UniquePupilNumber upn, boolean family, ChronologyFilter filter) {
        return read(upn, family, filter == null ? ChronologyFilter.ALL : filter, "chronology for printing");
    }

    private Timeline read(UniquePupilNumber upn, boolean family, ChronologyFilter filter, String what) {
        Pupil pupil = pupils.visible(upn);
        Map<Long, Pupil> children = new LinkedHashMap<>();
        children.put(pupil.id(), pupil);
        if (family) {
            AccessScope scope = access.caller().schoolScope();
            LocalDate today = LocalDate.now(clock);
            for (Pupil sibling : repository.siblingsOf(pupil)) {
                if (repository.visible(sibling, scope, today)) {
                    children.put(sibling.id(), sibling);
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (TimelineEntry entry : store.of(children.keySet(), filter, clock.getZone())) {
            Pupil child = children.get(entry.pupilId());
            lines.add(new Line(entry.at(), child.upn().value(), name(child), entry.caseId(), entry.module(),
                    entry.kind(), entry.summary(), entry.actor()));
        }
        String filtered = describe(filter);
        events.read(pupil, (family ? "family " : "") + what + filtered);
        for (Pupil sibling : children.values()) {
            if (sibling != pupil) {
                events.read(sibling, what + filtered + ", in the family chronology of pupil " + upn.value());
            }
        }
        return new Timeline(upn.value(), family, children.values().stream()
                .map(child -> new Child(child.upn().value(), name(child))).toList(),
                store.kindsOf(children.keySet()), lines);
    }

    private static String name(Pupil pupil) {
        return pupil.forename() + " " + pupil.surname();
    }

    private static String describe(ChronologyFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.module() != null) {
            parts.add("module " + filter.module());
        }
        if (filter.kind() != null) {
            parts.add("kind " + filter.kind());
        }
        if (filter.from() != null) {
            parts.add("from " + filter.from());
        }
        if (filter.to() != null) {
            parts.add("to " + filter.to());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}

package uk.gov.pathway.registration.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.chronology.CaseLineAccess;
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.kernel.chronology.TimelineEntry;
import uk.gov.pathway.kernel.chronology.TimelineStore;
import uk.gov.pathway.kernel.documents.PdfWriter;
import uk.gov.pathway.kernel.documents.TableDocument;
import uk.gov.pathway.registration.control.PupilRepository;
import uk.gov.pathway.registration.control.RegistrationEvents;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * A child's chronology, or their family's (the child and their brothers and sisters: children who share a parent or
 * carer), of everything every module announced: for callers who may see the child, leaving out siblings they may not
 * and the lines of cases they do not read ({@link CaseLineAccess}).
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class PupilChronology {

    /** A printed chronology with the file name its download carries. */
    public record Printout(String fileName, byte[] content) {
    }

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** The newest lines of some children's timelines (newest first) and how many lines they hold in all. */
    public record Latest(List<Line> lines, int total) implements Serializable {
    }

    /** A child the timeline covers. */
    public record Child(String upn, String name) implements Serializable {
    }

    /** One line of the timeline: when, whose, what, which module and case, who did it. */
    public record Line(Instant at, String upn, String childName, Long caseId, String module, String kind,
                       String summary, String actor) implements Serializable {
    }

    /**
     * The timeline of the child (and their visible siblings when {@code family}), oldest first, with the kinds of
     * entry they hold (for a filter's choices).
     */
    public record Timeline(String upn, boolean family, List<Child> children, List<String> kinds, List<Line> lines) implements Serializable {
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
    CaseLineAccess caseLines;

    @Inject
    RegistrationEvents events;

    @Inject
    Clock clock;

    @Inject
    PdfWriter writer;

    /** The child's timeline, or the family's; the lines that pass the filter, oldest first. */
    public Timeline timeline(UniquePupilNumber upn, boolean family, ChronologyFilter filter) {
        return read(upn, family, filter == null ? ChronologyFilter.ALL : filter, "chronology");
    }

    /**
     * The chronology as a PDF to print or attach to a file: the same lines as {@link #timeline}, oldest first, under a
     * title that names the child (or family), the filter and when it was printed (a read in the audit trail).
     */
    public Printout print(UniquePupilNumber upn, boolean family, ChronologyFilter filter) {
        ChronologyFilter applied = filter == null ? ChronologyFilter.ALL : filter;
        Timeline timeline = read(upn, family, applied, "chronology printed");
        List<String> subtitle = new ArrayList<>();
        subtitle.add((family ? "Family of " : "") + timeline.children().stream().map(c -> c.name() + " (" + c.upn()
                + ")").collect(Collectors.joining(", ")));
        String filtered = describe(applied);
        subtitle.add(filtered.isEmpty() ? "Every entry" : "Entries with" + filtered.replace("(", "").replace(")", ""));
        subtitle.add("Printed " + PRINTED.format(clock.instant().atZone(clock.getZone())) + " by "
                + access.caller().username() + ": " + timeline.lines().size() + " entries. OFFICIAL-SENSITIVE");
        List<String> headers = new ArrayList<>(List.of("When"));
        if (family) {
            headers.add("Child");
        }
        headers.addAll(List.of("Module", "What", "Case", "By"));
        List<List<String>> rows = new ArrayList<>();
        for (Line line : timeline.lines()) {
            List<String> row = new ArrayList<>();
            row.add(PRINTED.format(line.at().atZone(clock.getZone())));
            if (family) {
                row.add(line.childName());
            }
            row.add(line.module());
            row.add(line.summary() + " [" + line.kind() + "]");
            row.add(line.caseId() == null ? "" : String.valueOf(line.caseId()));
            row.add(line.actor());
            rows.add(row);
        }
        byte[] pdf = writer.table(new TableDocument((family ? "Family chronology" : "Chronology"), subtitle, headers,
                rows));
        return new Printout("chronology-" + upn.value() + (family ? "-family" : "") + ".pdf", pdf);
    }

    /**
     * The newest {@code count} lines of these children's timelines together, newest first (the children of a case,
     * for its workspace), for a caller who may see each child; every child's read is audited.
     */
    public Latest latest(List<UniquePupilNumber> upns, int count) {
        List<Line> all = new ArrayList<>();
        for (UniquePupilNumber upn : upns) {
            all.addAll(read(upn, false, ChronologyFilter.ALL, "chronology").lines());
        }
        all.sort(Comparator.comparing(Line::at).reversed());
        return new Latest(List.copyOf(all.subList(0, Math.min(Math.max(count, 0), all.size()))), all.size());
    }

    private Timeline read(UniquePupilNumber upn, boolean family, ChronologyFilter filter, String what) {
        Pupil pupil = pupils.visible(upn);
        Map<Long, Pupil> children = new LinkedHashMap<>();
        children.put(pupil.id(), pupil);
        if (family) {
            AccessScope scope = access.caller().pupilScope();
            LocalDate today = LocalDate.now(clock);
            for (Pupil sibling : repository.siblingsOf(pupil)) {
                if (repository.visible(sibling, scope, today)) {
                    children.put(sibling.id(), sibling);
                }
            }
        }
        // a case's lines only for those who read the case (casework decides); a school lead reads none
        Set<Long> readableCases = caseLines.readable(store.casesOf(children.keySet()));
        List<Line> lines = new ArrayList<>();
        for (TimelineEntry entry : store.of(children.keySet(), readableCases, filter, clock.getZone())) {
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
                store.kindsOf(children.keySet(), readableCases), lines);
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

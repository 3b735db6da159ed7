package uk.gov.pathway.registration.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditTrail;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.control.PupilRepository;
import uk.gov.pathway.registration.control.RegistrationEvents;
import uk.gov.pathway.registration.control.SchoolMoves;
import uk.gov.pathway.registration.control.SchoolRepository;
import uk.gov.pathway.registration.entity.Enrolment;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.PupilDetails;
import uk.gov.pathway.registration.entity.School;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.registration.entity.Vulnerabilities;

/** The register of pupils and the schools they are on roll at. A school attendance lead sees their school's pupils. */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class PupilRegister {

    private static final int CHUNK = 1000;

    @Inject
    PupilRepository pupils;

    @Inject
    SchoolRepository schools;

    @EJB
    AccessControl access;

    @EJB
    SchoolCalendarService calendar;

    @EJB
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    RegistrationEvents events;

    @Inject
    SchoolMoves moves;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public PupilSummary find(UniquePupilNumber upn) {
        Pupil pupil = visible(upn);
        events.read(pupil, "details and schools");
        return PupilSummary.of(pupil);
    }

    /**
     * Corrects what is known of a pupil (the UPN stays), as read at {@code version}: a change made by someone else
     * since then is never overwritten (optimistic locking, answered 409).
     */
    public PupilSummary correct(UniquePupilNumber upn, PupilDetails details, String socialWorker, long version) {
        Pupil pupil = visible(upn);
        if (pupil.version() != version) {
            throw new jakarta.persistence.OptimisticLockException("Pupil " + upn + " changed since version " + version);
        }
        if (!details.upn().equals(upn)) {
            throw new InvalidInputException("upn", "A pupil's UPN cannot be changed; register the new UPN as a new pupil");
        }
        requireSafeguardingUnchangedUnlessManager(pupil, details, socialWorker);
        List<String> changes = new ArrayList<>(pupil.details().changesTo(details));
        String socialWorkerBefore = pupil.socialWorker();
        Instant now = clock.instant();
        pupil.revise(details, now);
        pupil.assignSocialWorker(socialWorker);
        if (!java.util.Objects.equals(socialWorkerBefore, pupil.socialWorker())) {
            changes.add("social worker");
        }
        if (changes.isEmpty()) {
            events.changed(pupil, "details saved with no change");
        } else {
            String what = "details corrected: " + String.join(", ", changes);
            events.changed(pupil, what);
            events.happened(pupil, now, RegistrationEvents.DETAILS_CORRECTED, capitalised(what),
                    events.actor(access.caller()));
        }
        em.flush();
        return PupilSummary.of(pupil);
    }

    /**
     * README, "Who may do what": only the service manager changes a child's safeguarding fields (child protection
     * plan, child in need, child in care, social worker); anyone else's correction must leave them as they are.
     */
    private void requireSafeguardingUnchangedUnlessManager(Pupil pupil, PupilDetails details, String socialWorker) {
        if (access.caller().has(Role.SAS_MANAGER)) {
            return;
        }
        Vulnerabilities before = pupil.details().vulnerabilities();
        Vulnerabilities after = details.vulnerabilities();
        String field = before.childProtectionPlan() != after.childProtectionPlan() ? "childProtectionPlan"
                : before.childInNeed() != after.childInNeed() ? "childInNeed"
                : before.childInCare() != after.childInCare() ? "childInCare"
                : !java.util.Objects.equals(blankAsNull(pupil.socialWorker()), blankAsNull(socialWorker))
                ? "socialWorker" : null;
        if (field != null) {
            throw new AccessDeniedException(field, field + ": only the service manager changes a child's safeguarding"
                    + " fields (child protection plan, child in need, child in care, social worker); send them as read");
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The pupil, if the caller may see them (on roll today at a school in their scope); otherwise not found. */
    public Pupil visible(UniquePupilNumber upn) {
        AccessScope scope = access.caller().pupilScope();
        Optional<Pupil> pupil = pupils.byUpn(upn);
        if (pupil.isPresent() && !pupils.visible(pupil.get(), scope, LocalDate.now(clock))) {
            trail.refused(pupil.get().id(), "pupil " + upn.value(), "a child outside the caller's scope");
        }
        return pupil.filter(p -> pupils.visible(p, scope, LocalDate.now(clock)))
                .orElseThrow(() -> new NotVisibleException("Pupil " + upn));
    }

    /** What a pupils file did: its rows, and how many of them wait as transfers for the council's confirmation. */
    public record Outcome(int rows, int transfersAwaiting) {
    }

    /**
     * Registers new pupils and revises known ones (by UPN), and puts each on roll at the school the file names, all or
     * nothing. {@code allowedSchools} are the LAESTABs the sender may import rows of (a school attendance lead: their
     * own school), null for any school; {@code source} names where the rows come from, e.g. "import job 42", for the
     * audit trail (one entry for the whole file) and the children's chronologies.
     * <p>
     * A school lead's row naming a child who is not on roll at that school (on roll elsewhere, or no longer on roll)
     * neither enrols nor changes the child: it asks the council to confirm a transfer from the row's entry date, and
     * the outcome only counts it. A council importer's such row is the council recording the move itself.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.SCHOOL_ATTENDANCE_LEAD})
    public Outcome registerAll(List<PupilRegistration> rows, Set<String> allowedSchools, String source) {
        Map<Laestab, Long> schoolIds = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        Map<UniquePupilNumber, Integer> firstLine = new HashMap<>();
        for (PupilRegistration row : rows) {
            if (allowedSchools != null && !allowedSchools.contains(row.school().value())) {
                problems.add(InputProblem.atLine(row.line(), "laestab", "School " + row.school()
                        + " is not your school: you may import pupils of your own school only"));
            } else if (!schoolIds.containsKey(row.school())) {
                schools.byLaestab(row.school()).ifPresentOrElse(s -> schoolIds.put(s.laestab(), s.id()),
                        () -> problems.add(InputProblem.atLine(row.line(), "laestab",
                                "There is no school " + row.school() + " in the register")));
            }
            Integer earlier = firstLine.putIfAbsent(row.details().upn(), row.line());
            if (earlier != null) {
                problems.add(InputProblem.atLine(row.line(), "upn",
                        "UPN " + row.details().upn() + " is already on line " + earlier + " of this file"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate defaultEntry = firstDayOfCurrentAcademicYear();
        Instant now = clock.instant();
        String actor = events.actor(access.caller());
        int registered = 0;
        int revised = 0;
        int enrolled = 0;
        int moved = 0;
        int awaiting = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<PupilRegistration> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<UniquePupilNumber, Pupil> known = pupils.byUpns(chunk.stream().map(r -> r.details().upn()).toList())
                    .stream().collect(Collectors.toMap(Pupil::upn, Function.identity()));
            for (PupilRegistration row : chunk) {
                School school = em.find(School.class, schoolIds.get(row.school()));
                LocalDate entry = row.entryDate() == null ? defaultEntry : row.entryDate();
                Pupil pupil = known.get(row.details().upn());
                boolean moving = pupil != null && !pupil.isOnRollAt(school);
                if (moving && allowedSchools != null) {
                    // A school never gains sight of a child by naming a UPN: the council confirms the move first.
                    moves.request(pupil, school, entry, row.details(), actor, now, source);
                    awaiting++;
                    continue;
                }
                if (moving) {
                    String problem = pupil.moveProblem(school, entry);
                    if (problem != null) {
                        problems.add(InputProblem.atLine(row.line(), "entry_date", "entry_date " + entry
                                + " cannot start pupil " + row.details().upn() + " at " + school.laestab() + ": " + problem));
                        continue;
                    }
                }
                if (pupil == null) {
                    pupil = new Pupil(row.details(), now);
                    pupils.add(pupil);
                    if (pupil.id() == null) {
                        em.flush();
                    }
                    registered++;
                    events.happened(pupil, now, RegistrationEvents.PUPIL_REGISTERED, "Registered from " + source, actor);
                } else {
                    List<String> changes = pupil.details().changesTo(row.details());
                    if (pupil.revise(row.details(), now)) {
                        revised++;
                        events.happened(pupil, now, RegistrationEvents.DETAILS_UPDATED, "Details updated from "
                                + source + ": " + String.join(", ", changes), actor);
                    }
                }
                if (moving) {
                    moves.record(pupil, school, entry, row.details(), actor, now, source);
                    moved++;
                    continue;
                }
                Optional<Enrolment> enrolment = pupil.enrol(school, entry, false);
                if (enrolment.isPresent()) {
                    enrolled++;
                    LocalDate start = enrolment.get().startDate();
                    events.happened(pupil, start.atStartOfDay(clock.getZone()).toInstant(), RegistrationEvents.ENROLLED,
                            "On roll at " + school.name() + " (" + school.laestab() + ") from " + start, actor);
                }
            }
            pupils.flushAndClear();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        events.changedMany(source, "pupils file of " + rows.size() + " rows: " + registered + " pupils registered, "
                + revised + " with changed details, " + enrolled + " put on roll, " + moved + " moved from another"
                + " school, " + awaiting + " transfers awaiting the council's confirmation");
        return new Outcome(rows.size(), awaiting);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** When a file gives no admission date, the pupil is on roll from the first day of the current academic year. */
    private LocalDate firstDayOfCurrentAcademicYear() {
        LocalDate today = LocalDate.now(clock);
        return calendar.calendar().academicYearStart(today);
    }
}

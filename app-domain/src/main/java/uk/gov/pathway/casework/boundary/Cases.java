package uk.gov.pathway.casework.boundary;

import static uk.gov.pathway.kernel.persistence.BatchReading.BATCH;
import static uk.gov.pathway.kernel.persistence.BatchReading.BATCH_TYPE;
import static uk.gov.pathway.kernel.persistence.BatchReading.IN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.control.CaseAccess;
import uk.gov.pathway.casework.control.CaseContext;
import uk.gov.pathway.casework.control.CaseScheduler;
import uk.gov.pathway.casework.control.CaseEvidence;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.CaseOutcome;
import uk.gov.pathway.casework.entity.CaseStatus;
import uk.gov.pathway.casework.entity.LevelChange;
import uk.gov.pathway.casework.entity.PathwayLevel;
import uk.gov.pathway.casework.entity.PathwayModel;
import uk.gov.pathway.casework.entity.StepUpGate;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.deadlines.Quiet;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Cases through the graduated response: open one for a child or siblings, step it up through the pathway gate (or a
 * manager's recorded override), step it down, allocate it, close it with an outcome.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class Cases {


    @EJB
    AccessControl access;

    @EJB
    PupilDirectory directory;

    @EJB
    PathwayModels models;

    @Inject
    CaseEvidence evidence;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @EJB
    SchoolCalendarService calendars;

    @Inject
    CaseContext context;

    @Inject
    CaseScheduler scheduler;

    @EJB
    uk.gov.pathway.kernel.deadlines.Deadlines deadlineService;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The cases of a child the caller may see (404 when the child is not visible to them). */
    public List<CaseSummary> ofPupil(UniquePupilNumber upn) {
        PupilRef child = directory.visible(upn);
        Caller caller = access.caller();
        List<CaseSummary> cases = new ArrayList<>();
        for (CaseFile c : em.createNamedQuery(CaseFile.OF_PUPIL, CaseFile.class).setParameter("pupil", child.id())
                .getResultList()) {
            Map<Long, PupilRef> refs = directory.refs(c.pupilIds());
            if (CaseAccess.seesStatus(caller, c, refs.values())) {
                cases.add(CaseSummary.of(c, refs, caller));
            }
        }
        audit.fire(AuditEvent.read(child.id(), "pupil " + upn.value(), "list of cases"));
        return cases;
    }

    public CaseSummary open(CaseRecords.NewCase request) {
        Caller caller = access.caller();
        if (request == null || request.upns() == null || request.upns().isEmpty()) {
            throw new InvalidInputException("upn", "upn is required: the child the case is for");
        }
        PathwayModel model = request.model() == null || request.model().isBlank() ? models.activeModel()
                : models.model(request.model());
        PathwayLevel level = model.level(request.level()).orElseThrow(() -> new InvalidInputException("level",
                "level '" + request.level() + "' is not a level of the " + model.name() + ": one of "
                        + model.levels().stream().map(PathwayLevel::code).toList()));
        if (!caller.has(Role.SAS_MANAGER) && caller.roles().stream().noneMatch(level::workedBy)) {
            throw new AccessDeniedException("Level " + level.code() + " is worked by " + level.workedBy()
                    + "; your role may not open a case there");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String upn : request.upns()) {
            ids.add(directory.visible(UniquePupilNumber.of(upn)).id());
        }
        for (Long id : ids) {
            boolean alreadyOpen = em.createNamedQuery(CaseFile.OF_PUPIL, CaseFile.class).setParameter("pupil", id)
                    .getResultList().stream().anyMatch(CaseFile::open);
            if (alreadyOpen) {
                throw new InvalidInputException("upn", "Child " + directory.ref(id).map(PupilRef::upn).orElse("")
                        + " already has an open case: work that case (step it up or add the child to it)");
            }
        }
        String officer = request.officer() == null || request.officer().isBlank()
                ? (caller.hasAny(Role.STATUTORY_OFFICER, Role.TRADED_OFFICER, Role.EARLY_HELP_WORKER)
                        ? caller.username() : null)
                : request.officer().strip();
        if (officer != null && !officer.equals(caller.username()) && !caller.has(Role.SAS_MANAGER)) {
            throw new AccessDeniedException("Only the service manager allocates a case to someone else");
        }
        LocalDate today = LocalDate.now(clock);
        CaseFile c;
        try {
            c = new CaseFile(level, List.copyOf(ids), request.reason(), request.referrer(), officer, today,
                    caller.username());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException("reason", invalid.getMessage());
        }
        em.persist(c);
        em.flush();
        em.persist(new LevelChange(c.id(), null, level, LevelChange.Direction.OPENED, today, caller.username(),
                request.reason(), null, null));
        Map<Long, PupilRef> refs = directory.refs(c.pupilIds());
        scheduler.levelEntered(c, today);
        context.announce(c, "CASE_OPENED", "Case opened at " + level.code() + " (" + level.name() + "): " + c.reason(),
                caller.username());
        return CaseSummary.of(c, refs, caller);
    }

    /** Moves the case to the next level when the gate is met, or with a manager's recorded override. */
    public CaseSummary stepUp(long caseId, String overrideReason) {
        CaseContext.Loaded loaded = context.working(caseId);
        CaseFile c = loaded.file();
        Caller caller = loaded.caller();
        PathwayLevel from = c.level();
        PathwayLevel next = c.model().after(from).orElseThrow(() -> new InvalidInputException("level",
                "Case " + caseId + " is at " + from.code() + ", the highest level of " + c.model().name()));
        List<String> missing = StepUpGate.missing(from.requirements(), evidence.recorded(caseId));
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (!missing.isEmpty()) {
            if (!override) {
                throw new GateNotMetException("Case " + caseId + " cannot step up from " + from.code() + " to "
                        + next.code() + ": " + missing.size() + " item(s) of evidence are missing", missing);
            }
            if (!caller.has(Role.SAS_MANAGER)) {
                throw new AccessDeniedException("Only the service manager may override the pathway gate");
            }
        }
        LocalDate today = LocalDate.now(clock);
        c.moveTo(next, today);
        em.persist(new LevelChange(caseId, from, next, LevelChange.Direction.UP, today, caller.username(), null,
                missing.isEmpty() ? null : overrideReason, missing.isEmpty() ? null : String.join("; ", missing)));
        context.announce(c, "STEPPED_UP", "Stepped up from " + from.code() + " to " + next.code()
                + (missing.isEmpty() ? "" : " by manager's override: " + overrideReason.strip()), caller.username());
        scheduler.levelEntered(c, today);
        return CaseSummary.of(c, loaded.children(), caller);
    }

    public CaseSummary stepDown(long caseId, String reason) {
        CaseContext.Loaded loaded = context.working(caseId);
        CaseFile c = loaded.file();
        PathwayLevel from = c.level();
        PathwayLevel lower = c.model().before(from).orElseThrow(() -> new InvalidInputException("level",
                "Case " + caseId + " is at " + from.code() + ", the first level: close it instead"));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required to step a case down");
        }
        LocalDate today = LocalDate.now(clock);
        c.moveTo(lower, today);
        em.persist(new LevelChange(caseId, from, lower, LevelChange.Direction.DOWN, today,
                loaded.caller().username(), reason, null, null));
        context.announce(c, "STEPPED_DOWN", "Stepped down from " + from.code() + " to " + lower.code() + ": " + reason.strip(),
                loaded.caller().username());
        scheduler.levelEntered(c, today);
        return CaseSummary.of(c, loaded.children(), loaded.caller());
    }

    public CaseSummary close(long caseId, String outcome, String note) {
        CaseContext.Loaded loaded = context.working(caseId);
        CaseFile c = loaded.file();
        CaseOutcome closing;
        try {
            closing = CaseOutcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("outcome", "outcome '" + outcome + "' is not one of "
                    + java.util.Arrays.toString(CaseOutcome.values()));
        }
        LocalDate today = LocalDate.now(clock);
        c.close(closing, note, today);
        em.persist(new LevelChange(caseId, c.level(), null, LevelChange.Direction.CLOSED, today,
                loaded.caller().username(), note, null, null));
        context.announce(c, "CASE_CLOSED", "Case closed: " + closing.label() + (note == null || note.isBlank() ? ""
                : " (" + note.strip() + ")"), loaded.caller().username());
        scheduler.closed(c);
        return CaseSummary.of(c, loaded.children(), loaded.caller());
    }

    /** The service manager allocates (or re-allocates) a case; an officer may take an unallocated one they read. */
    public CaseSummary allocate(long caseId, String officer, Long version) {
        Caller caller = access.caller();
        CaseFile c = context.find(caseId);
        Map<Long, PupilRef> refs = directory.refs(c.pupilIds());
        if (!CaseAccess.reads(caller, c, refs.values())) {
            context.refused(c, "case " + caseId, "allocation of a case the caller may not read");
            throw new NotVisibleException("Case " + caseId);
        }
        if (version == null) {
            throw new InvalidInputException("version", "officer and version (of the case as read) are required");
        }
        if (c.version() != version) {
            throw new OptimisticLockException("Case " + caseId + " changed since version " + version);
        }
        boolean takingUnallocated = c.officer() == null && caller.username().equals(officer);
        if (!caller.has(Role.SAS_MANAGER) && !takingUnallocated) {
            throw new AccessDeniedException("Only the service manager allocates cases");
        }
        if (officer == null || officer.isBlank()) {
            throw new InvalidInputException("officer", "officer (a user name) is required");
        }
        c.allocate(officer.strip());
        context.announce(c, "ALLOCATED", "Allocated to " + officer.strip(), caller.username());
        scheduler.allocated(c);
        return CaseSummary.of(c, refs, caller);
    }

    /**
     * For each case the caller reads, its deadlines not yet met, earliest first: FIRED ones (due now, a task went
     * out) and OPEN ones (coming up).
     */
    public Map<Long, List<uk.gov.pathway.kernel.deadlines.DeadlineView>> deadlines(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return new java.util.LinkedHashMap<>();
        }
        requireSeen(caseIds);
        return notMet(caseIds);
    }

    /** The caller's open cases, each with its latest work and its deadlines not yet met: a caseload in one read. */
    public record Caseload(List<CaseRow> rows, Map<Long, List<uk.gov.pathway.kernel.deadlines.DeadlineView>> deadlines) {
    }

    /** The caseload page's read: the cases are checked once, and their deadlines read for those admitted. */
    public Caseload caseload() {
        List<CaseRow> rows = openCaseRows();
        return new Caseload(rows, notMet(rows.stream().map(r -> r.summary().id()).toList()));
    }

    /** The deadlines not yet met of cases the caller has been shown. */
    private Map<Long, List<uk.gov.pathway.kernel.deadlines.DeadlineView>> notMet(List<Long> caseIds) {
        Map<Long, List<uk.gov.pathway.kernel.deadlines.DeadlineView>> due = new java.util.LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return due;
        }
        Map<Long, List<uk.gov.pathway.kernel.deadlines.DeadlineView>> all = deadlineService.notMet(
                CaseScheduler.SUBJECT, caseIds);
        for (Long caseId : caseIds) {
            due.put(caseId, all.getOrDefault(caseId, List.of()));
        }
        return due;
    }

    /** Every one of these cases is one the caller reads or sees, checked together; else 404 for the first that is not. */
    private void requireSeen(List<Long> caseIds) {
        Caller caller = access.caller();
        Map<Long, CaseFile> files = new java.util.HashMap<>();
        withIds(caseIds).forEach(c -> files.put(c.id(), c));
        Map<Long, PupilRef> refs = directory.refs(pupilsOf(files.values()));
        for (Long id : caseIds) {
            CaseFile c = files.get(id);
            if (c == null || !CaseAccess.seesStatus(caller, c, childrenOf(c, refs))) {
                if (c != null) {
                    context.refused(c, "case " + id, "deadlines of a case the caller may not see");
                }
                throw new NotVisibleException("Case " + id);
            }
        }
    }

    /** The cases with these ids, their children read in batches, not one query per case. */
    private List<CaseFile> withIds(java.util.Collection<Long> caseIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        List<CaseFile> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            // The level and model in the same read; the children and the levels' gates in one more read each.
            found.addAll(em.createQuery("SELECT c FROM CaseFile c JOIN FETCH c.level JOIN FETCH c.model"
                            + " WHERE c.id IN :ids", CaseFile.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setHint(BATCH, "c.pupilIds").setHint(BATCH, "c.level.evidence").setHint(BATCH_TYPE, IN)
                    .getResultList());
        }
        return found;
    }

    private static Set<Long> pupilsOf(java.util.Collection<CaseFile> cases) {
        Set<Long> pupilIds = new LinkedHashSet<>();
        cases.forEach(c -> pupilIds.addAll(c.pupilIds()));
        return pupilIds;
    }

    private static List<PupilRef> childrenOf(CaseFile c, Map<Long, PupilRef> refs) {
        return c.pupilIds().stream().map(refs::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Whether the caller reads the whole case (its workspace), for another module's records of a case (legal's
     * prosecution files and orders); false for a case that does not exist. Leaves no audit entry: the caller decides.
     */
    public boolean reads(long caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        return c != null && CaseAccess.reads(access.caller(), c, directory.refs(c.pupilIds()).values());
    }

    /** The children of a case as ids, for another module that keeps them by id (empty for no such case). */
    public List<Long> pupilIds(long caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        return c == null ? List.of() : List.copyOf(c.pupilIds());
    }

    public CaseSummary summary(long caseId) {
        CaseContext.Loaded loaded = context.readable(caseId);
        return CaseSummary.of(loaded.file(), loaded.children(), loaded.caller());
    }

    /** The longest page {@code GET /cases} answers. */
    public static final int MAX_PAGE_SIZE = 500;

    /**
     * Cases in this status that the caller reads or sees (the caseload, allocation and drift views filter these
     * further). The database narrows them to the caller's possible cases (see {@link #possibleIds}); {@link CaseAccess}
     * then decides each.
     */
    public List<CaseSummary> readableCases(CaseStatus status) {
        Caller caller = access.caller();
        List<CaseSummary> visible = summaries(caller, seen(caller, possibleIds(caller, status)));
        audit.fire(AuditEvent.read(null, "cases list", visible.size() + " " + status + " cases"));
        return visible;
    }

    /**
     * One page ({@code page} from 1) of the cases in this status the caller reads or sees, by case number, and how
     * many there are in all. Only the page's cases are read; the total counts the cases the database finds for the
     * caller, which {@link CaseAccess} confirms case by case on the page.
     */
    public Page<CaseSummary> readableCases(CaseStatus status, int page, int size) {
        if (page < 1) {
            throw new InvalidInputException("page", "page must be 1 or more; got " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "size must be from 1 to " + MAX_PAGE_SIZE + "; got " + size);
        }
        Caller caller = access.caller();
        List<Long> ids = possibleIds(caller, status);
        long from = Math.min((long) (page - 1) * size, ids.size());
        List<Long> onPage = ids.subList((int) from, (int) Math.min(from + size, ids.size()));
        List<CaseSummary> visible = summaries(caller, seen(caller, onPage));
        audit.fire(AuditEvent.read(null, "cases list", visible.size() + " " + status + " cases (page " + page
                + " of " + ids.size() + ")"));
        return new Page<>(visible, ids.size());
    }

    /**
     * The ids, ascending, of the cases in this status that {@link CaseAccess#seesStatus} can admit for the caller, found
     * by the database: every case for the manager; otherwise those allocated to them, those at a statutory level for a
     * statutory officer, and those of children on roll today at their linked SLA schools (a traded officer) or their
     * own school (a school lead).
     */
    private List<Long> possibleIds(Caller caller, CaseStatus status) {
        if (caller.has(Role.SAS_MANAGER)) {
            return em.createQuery("SELECT c.id FROM CaseFile c WHERE c.status = :status ORDER BY c.id", Long.class)
                    .setParameter("status", status).getResultList();
        }
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>(em.createQuery("SELECT c.id FROM CaseFile c"
                + " WHERE c.status = :status AND c.officer = :me", Long.class)
                .setParameter("status", status).setParameter("me", caller.username()).getResultList());
        if (caller.has(Role.STATUTORY_OFFICER)) {
            ids.addAll(em.createQuery("SELECT c.id FROM CaseFile c WHERE c.status = :status"
                    + " AND c.level.statutory = TRUE", Long.class).setParameter("status", status).getResultList());
        }
        Set<Long> atTheirSchools = new java.util.HashSet<>();
        if (caller.has(Role.TRADED_OFFICER)) {
            atTheirSchools.addAll(directory.onRollTodayAtSchoolsLinkedTo(caller.username()));
        }
        if (caller.has(Role.SCHOOL_ATTENDANCE_LEAD)) {
            atTheirSchools.addAll(directory.onRollToday(caller.pupilScope()));
        }
        List<Long> pupils = List.copyOf(atTheirSchools);
        for (int from = 0; from < pupils.size(); from += 1000) {
            ids.addAll(em.createQuery("SELECT DISTINCT c.id FROM CaseFile c JOIN c.pupilIds p"
                    + " WHERE c.status = :status AND p IN :pupils", Long.class).setParameter("status", status)
                    .setParameter("pupils", pupils.subList(from, Math.min(pupils.size(), from + 1000)))
                    .getResultList());
        }
        return List.copyOf(ids);
    }

    /** The cases with these ids that {@link CaseAccess#seesStatus} admits, in the order of the ids, and their children. */
    private Seen seen(Caller caller, List<Long> ids) {
        Map<Long, CaseFile> files = new java.util.HashMap<>();
        withIds(ids).forEach(c -> files.put(c.id(), c));
        Map<Long, PupilRef> refs = directory.refs(pupilsOf(files.values()));
        List<CaseFile> admitted = new ArrayList<>();
        for (Long id : ids) {
            CaseFile c = files.get(id);
            if (c != null && CaseAccess.seesStatus(caller, c, childrenOf(c, refs))) {
                admitted.add(c);
            }
        }
        return new Seen(admitted, refs);
    }

    private record Seen(List<CaseFile> files, Map<Long, PupilRef> refs) {
    }

    private static List<CaseSummary> summaries(Caller caller, Seen seen) {
        return seen.files().stream().map(c -> CaseSummary.of(c, seen.refs(), caller)).toList();
    }

    /**
     * The open cases the caller reads or sees, each with the latest day work was recorded and the school days since
     * (counted on the council's calendar), for the caseload, allocation and drift views.
     */
    public List<CaseRow> openCaseRows() {
        Caller caller = access.caller();
        List<CaseRow> rows = rows(caller, possibleIds(caller, CaseStatus.OPEN));
        audit.fire(AuditEvent.read(null, "cases list", rows.size() + " " + CaseStatus.OPEN + " cases"));
        return rows;
    }

    /** The rows of these cases that the caller reads or sees, in the order of the ids (one page of a longer list). */
    public List<CaseRow> rows(List<Long> caseIds) {
        Caller caller = access.caller();
        List<CaseRow> rows = rows(caller, caseIds);
        audit.fire(AuditEvent.read(null, "cases list", rows.size() + " cases"));
        return rows;
    }

    private List<CaseRow> rows(Caller caller, List<Long> caseIds) {
        Seen seen = seen(caller, caseIds);
        List<CaseFile> files = seen.files();
        Map<Long, Quiet> quiet = quietOf(files);
        return files.stream().map(f -> {
            Quiet q = quiet.get(f.id());
            return new CaseRow(CaseSummary.of(f, seen.refs(), caller), q.lastActivity(), q.schoolDays(),
                    q.driftSchoolDays(), f.level().reviewRule() == null ? "" : f.level().reviewRule().toString());
        }).toList();
    }

    /**
     * Of these open cases (null: every open case), the ids of those drifting today (no work recorded for their model's
     * drift school days), the longest waiting first: only the drifting cases' latest activity is read, not the cases.
     */
    @RolesAllowed(Roles.SAS_MANAGER)
    public List<Long> drifting(List<Long> caseIds) {
        LocalDate today = LocalDate.now(clock);
        long open = em.createQuery("SELECT COUNT(c) FROM CaseFile c WHERE c.status = :open", Long.class)
                .setParameter("open", CaseStatus.OPEN).getSingleResult();
        if (deadlineService.watching(CaseScheduler.SUBJECT) < open) {
            // an open case without a watch (quiet since it opened): every open case is read
            return driftingOfEvery(caseIds);
        }
        // Every open case is watched (opening one starts its watch; closing it stops it): the kernel finds those that
        // drift, and only they are read.
        Set<Long> ids = caseIds == null ? null : new java.util.HashSet<>(caseIds);
        Map<Long, Quiet> quiet = deadlineService.drifting(CaseScheduler.SUBJECT, today);
        return quiet.keySet().stream().filter(id -> ids == null || ids.contains(id))
                .sorted(java.util.Comparator.comparing((Long id) -> quiet.get(id).lastActivity())
                        .thenComparing(id -> id))
                .toList();
    }

    /** {@link #drifting}, reading every open case and its watch. */
    private List<Long> driftingOfEvery(List<Long> caseIds) {
        // Only what drift needs (opened, the model's limit) is read of each case, not the case with its children.
        record Opened(long id, LocalDate on, int driftSchoolDays) {
        }
        Set<Long> ids = caseIds == null ? null : new LinkedHashSet<>(caseIds);
        List<Opened> open = new ArrayList<>();
        if (ids == null || !ids.isEmpty()) {
            // Every open case's three columns, kept for those asked about: a list of thousands binds no ids.
            em.createQuery("SELECT c.id, c.openedOn, c.model.driftSchoolDays FROM CaseFile c"
                            + " WHERE c.status = :open", Object[].class)
                    .setParameter("open", CaseStatus.OPEN).getResultList().stream()
                    .filter(row -> ids == null || ids.contains(((Number) row[0]).longValue()))
                    .forEach(row -> open.add(new Opened(((Number) row[0]).longValue(), (LocalDate) row[1],
                            ((Number) row[2]).intValue())));
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Quiet> quiet = new java.util.HashMap<>(deadlineService.quiet(CaseScheduler.SUBJECT,
                open.stream().map(Opened::id).collect(java.util.stream.Collectors.toSet()), today));
        SchoolTimeline timeline = SchoolTimeline.ofCouncil(calendars.calendar());
        open.forEach(c -> quiet.computeIfAbsent(c.id(), id -> Quiet.of(c.on(), today, timeline, c.driftSchoolDays())));
        return open.stream().filter(c -> quiet.get(c.id()).drifting())
                .sorted(java.util.Comparator.comparing((Opened c) -> quiet.get(c.id()).lastActivity())
                        .thenComparing(Opened::id))
                .map(Opened::id).toList();
    }

    /**
     * How long each case has been quiet, as the drift sweep reckons it (the kernel's activity watch, counted on the
     * council's school days); a case without a watch, quiet since it opened.
     */
    private Map<Long, Quiet> quietOf(List<CaseFile> files) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Quiet> quiet = new java.util.HashMap<>(deadlineService.quiet(CaseScheduler.SUBJECT,
                files.stream().map(CaseFile::id).toList(), today));
        // The council's calendar is read only when a case has no watch yet (the kernel's read counted the others).
        SchoolTimeline timeline = null;
        for (CaseFile f : files) {
            if (!quiet.containsKey(f.id())) {
                timeline = timeline == null ? SchoolTimeline.ofCouncil(calendars.calendar()) : timeline;
                quiet.put(f.id(), Quiet.of(f.openedOn(), today, timeline, f.model().timescales().driftSchoolDays()));
            }
        }
        return quiet;
    }
}

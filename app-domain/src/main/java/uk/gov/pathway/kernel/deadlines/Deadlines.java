package uk.gov.pathway.kernel.deadlines;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * The deadline engine's service for the other modules (casework, panels, legal): deadlines on their subjects that fire
 * by themselves, and the watch on a subject's activity that raises drift. The calling module decides who may see the
 * subject; this service keeps the deadlines of it.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.LEGAL_OFFICER})
public class Deadlines {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @EJB
    DeadlineTimers timers;

    @EJB
    SchoolCalendarService calendars;

    /** Tells the module that asked for a waiting deadline the date it was given once the calendar reached it. */
    @Inject
    jakarta.enterprise.event.Event<WaitingDeadlineDated> dated;

    /** Stores the deadline and sets its persistent timer for the start of its due date; answers its id. */
    public long schedule(NewDeadline wanted) {
        Deadline deadline = new Deadline(wanted, caller(), clock.instant());
        em.persist(deadline);
        em.flush();
        timers.start(deadline.id(), deadline.dueDate());
        return deadline.id();
    }

    /**
     * Stores the deadline due {@code timescale} from its start, counted on the council's school calendar, and sets its
     * timer; answers the due date. Where the calendar does not reach that far, nothing is guessed: the deadline waits
     * (empty answer), the administrator gets a task to add the academic year, and adding the year sets the deadline
     * ({@link #calendarChanged}). The count is made here, so that a calendar too short never dooms the caller's
     * transaction.
     */
    public Optional<LocalDate> scheduleCounted(CountedDeadline wanted) {
        List<uk.gov.pathway.kernel.problem.InputProblem> problems = Deadline.problemsOf(wanted.due(wanted.from()));
        if (!problems.isEmpty() || wanted.timescale() == null) {
            throw problems.isEmpty() ? new InvalidInputException("timescale", "A deadline counted in school time needs"
                    + " a timescale") : new InvalidInputException(problems);
        }
        Optional<LocalDate> due = countOn(SchoolTimeline.ofCouncil(calendars.calendar()), wanted);
        if (due.isPresent()) {
            schedule(wanted.due(due.get()));
        }
        return due;
    }

    /** The due date, or empty when the calendar does not reach it (the deadline then waits for the year). */
    private Optional<LocalDate> countOn(SchoolTimeline timeline, CountedDeadline wanted) {
        try {
            return Optional.of(wanted.timescale().dueFrom(wanted.from(), timeline));
        } catch (IllegalArgumentException | IllegalStateException notCovered) {
            Task task = calendarMissing(wanted.subjectType(), wanted.subjectId(), wanted.describe(),
                    notCovered.getMessage());
            em.persist(new WaitingDeadline(wanted, task.id(), caller(), clock.instant()));
            return Optional.empty();
        }
    }

    /**
     * The calendar changed (a year added or corrected, in the same transaction): every deadline waiting for it that can
     * now be counted is dated and set, one due before today falling due today; the administrator's task that asked
     * for the year is done once none of its deadlines waits any more.
     */
    @PermitAll
    public void calendarChanged(@jakarta.enterprise.event.Observes uk.gov.pathway.kernel.calendar.SchoolCalendarChanged
                                        changed) {
        List<WaitingDeadline> waiting = em.createNamedQuery(WaitingDeadline.ALL, WaitingDeadline.class)
                .getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        SchoolTimeline timeline = SchoolTimeline.ofCouncil(calendars.calendar());
        LocalDate today = SystemClock.today(clock);
        Set<Long> tasks = new LinkedHashSet<>();
        for (WaitingDeadline w : waiting) {
            try {
                CountedDeadline wanted = w.wanted();
                LocalDate counted = wanted.timescale().dueFrom(wanted.from(), timeline);
                LocalDate due = counted.isBefore(today) ? today : counted;
                schedule(wanted.due(due));
                em.remove(w);
                tasks.add(w.taskId());
                dated.fire(new WaitingDeadlineDated(wanted.subjectType(), wanted.subjectId(), wanted.kind(), counted,
                        due));
            } catch (IllegalArgumentException | IllegalStateException stillNotCovered) {
                // still beyond the calendar: it waits on, and its task stays open
            }
        }
        em.flush();
        closeTasksNoLongerWaitedOn(tasks);
    }

    /** The administrator's CALENDAR_MISSING tasks among these that no deadline waits on any more are done. */
    private void closeTasksNoLongerWaitedOn(Collection<Long> taskIds) {
        for (Long taskId : taskIds) {
            long stillWaiting = em.createQuery("select count(w) from WaitingDeadline w where w.taskId = :task",
                    Long.class).setParameter("task", taskId).getSingleResult();
            Task task = em.find(Task.class, taskId);
            if (stillWaiting == 0 && task != null && task.isOpen()) {
                task.done(caller(), clock.instant());
            }
        }
    }

    /** Drops the subject's deadlines still waiting for the calendar (of these kinds, or all when null). */
    private void dropWaiting(String subjectType, long subjectId, Set<String> kinds) {
        Set<Long> tasks = new LinkedHashSet<>();
        for (WaitingDeadline w : em.createNamedQuery(WaitingDeadline.OF_SUBJECT, WaitingDeadline.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList()) {
            if (kinds == null || kinds.contains(w.kind())) {
                em.remove(w);
                tasks.add(w.taskId());
            }
        }
        if (!tasks.isEmpty()) {
            em.flush();
            closeTasksNoLongerWaitedOn(tasks);
        }
    }

    /**
     * A task for someone now, due on the deadline's date: the deadline is stored already FIRED and its owner's task is
     * raised in the caller's transaction (a panel's decision that asks a school to refer through the MARF, say), so
     * that it is in their inbox the moment the decision is. It escalates and is done like any fired deadline's task.
     */
    public long raise(NewDeadline wanted) {
        Deadline deadline = new Deadline(wanted, caller(), clock.instant());
        em.persist(deadline);
        em.flush();
        em.createNativeQuery("update deadline set status = 'FIRED', fired_at = ?, version = version + 1 where id = ?")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).setParameter(2, deadline.id())
                .executeUpdate();
        em.refresh(deadline);
        em.persist(new Task(deadline.owner(), deadline.kind(), deadline.title(), "Due on " + deadline.dueDate() + " ("
                + deadline.subjectType() + " " + deadline.subjectId() + ")", deadline.subject(), deadline.id(),
                deadline.dueDate(), clock.instant()));
        return deadline.id();
    }

    /** The deadline was met: it fires no more, and its open tasks close. */
    public DeadlineView complete(long deadlineId) {
        Deadline deadline = load(deadlineId);
        deadline.complete(clock.instant());
        close(deadline);
        return DeadlineView.of(deadline);
    }

    /** Completes the subject's open (or fired, undone) deadlines of one kind, e.g. when the AIM review was held. */
    public int completeOpen(String subjectType, long subjectId, String kind) {
        return completeOpen(subjectType, subjectId, Set.of(kind));
    }

    /** Completes the subject's open deadlines of any of these kinds (a case entering a new level), in one read. */
    public int completeOpen(String subjectType, long subjectId, Set<String> kinds) {
        dropWaiting(subjectType, subjectId, kinds);
        int completed = 0;
        for (Deadline deadline : ofSubject(subjectType, subjectId)) {
            if (kinds.contains(deadline.kind()) && !deadline.status().isClosed()
                    && closeAs(deadline, DeadlineStatus.DONE)) {
                completed++;
            }
        }
        return completed;
    }

    /** Cancels every deadline of the subject not yet met, e.g. when a case closes. */
    public int cancelAll(String subjectType, long subjectId) {
        dropWaiting(subjectType, subjectId, null);
        int cancelled = 0;
        for (Deadline deadline : ofSubject(subjectType, subjectId)) {
            if (!deadline.status().isClosed() && closeAs(deadline, DeadlineStatus.CANCELLED)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    /**
     * Met or no longer needed, whether or not its timer fires at this moment: one conditional UPDATE, like the firing's,
     * so that neither waits on the other's version. Firing first, the deadline is closed after it (and its task with
     * it); closed first, the firing finds nothing to fire.
     */
    private boolean closeAs(Deadline deadline, DeadlineStatus status) {
        em.flush();
        int changed = em.createNativeQuery("update deadline set status = ?, closed_at = ?, version = version + 1"
                        + " where id = ? and status in ('OPEN', 'FIRED')")
                .setParameter(1, status.name()).setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, deadline.id()).executeUpdate();
        em.refresh(deadline);
        if (changed == 0) {
            return false;
        }
        close(deadline);
        return true;
    }

    /** The subject's deadlines not yet met, and their open tasks, pass to a new owner (a case reallocated). */
    public int reassign(String subjectType, long subjectId, String newOwner) {
        int moved = 0;
        for (Deadline deadline : ofSubject(subjectType, subjectId)) {
            if (!deadline.status().isClosed()) {
                String previous = deadline.owner();
                Deadline.requireOwner(newOwner);
                // conditional, like the firing, so that a deadline firing at this moment does not fail the allocation
                em.flush();
                em.createNativeQuery("update deadline set owner_username = ?, version = version + 1 where id = ?"
                        + " and status in ('OPEN', 'FIRED')").setParameter(1, newOwner).setParameter(2, deadline.id())
                        .executeUpdate();
                em.refresh(deadline);
                em.createNamedQuery(Task.OPEN_OF_DEADLINE, Task.class).setParameter("deadline", deadline.id())
                        .getResultStream().filter(t -> t.owner().equals(previous)).forEach(t -> t.passTo(newOwner));
                moved++;
            }
        }
        watchOf(subjectType, subjectId).ifPresent(watch -> watch.passTo(newOwner));
        em.createNamedQuery(WaitingDeadline.OF_SUBJECT, WaitingDeadline.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).getResultStream().forEach(w -> w.passTo(newOwner));
        return moved;
    }

    public List<DeadlineView> forSubject(String subjectType, long subjectId) {
        return ofSubject(subjectType, subjectId).stream().map(DeadlineView::of).toList();
    }

    /**
     * The deadlines not yet met (open, or fired and not done) of many subjects of one type (a caseload), read together
     * as views, not as entities; by subject id, soonest due first.
     */
    public Map<Long, List<DeadlineView>> notMet(String subjectType, Collection<Long> subjectIds) {
        Map<Long, List<DeadlineView>> bySubject = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(subjectIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("select d.id, d.kind, d.title, d.subject.id, d.subject.pupilId, d.owner, d.dueDate,"
                            + " d.status, d.firedAt, d.escalatedAt, d.closedAt from Deadline d"
                            + " where d.subject.type = :type and d.subject.id in :ids and d.status in :notMet"
                            + " order by d.dueDate, d.id", Object[].class).setParameter("type", subjectType)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setParameter("notMet", List.of(DeadlineStatus.OPEN, DeadlineStatus.FIRED)).getResultStream()
                    .map(r -> new DeadlineView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], subjectType,
                            ((Number) r[3]).longValue(), r[4] == null ? null : ((Number) r[4]).longValue(),
                            (String) r[5], (LocalDate) r[6], (DeadlineStatus) r[7], (Instant) r[8], (Instant) r[9],
                            (Instant) r[10]))
                    .forEach(d -> bySubject.computeIfAbsent(d.subjectId(), k -> new ArrayList<>()).add(d));
        }
        return bySubject;
    }

    /** The due date of a timescale that starts on {@code from}, in the council's school calendar. */
    @PermitAll
    public LocalDate dueDate(Timescale rule, LocalDate from) {
        if (rule == null || from == null) {
            throw new InvalidInputException("timescale", "A due date needs a timescale and a start date; got " + rule
                    + " from " + from);
        }
        return rule.dueFrom(from, SchoolTimeline.ofCouncil(calendars.calendar()));
    }

    /**
     * Activity on the subject on {@code day} (casework calls it on every recorded activity): the subject is watched for
     * drift from then on, and a drift episode ends. {@code driftSchoolDays}: after how many school days without
     * activity the subject drifts (null: the system default, {@value DeadlineSettings#DRIFT_DAYS}).
     */
    public void touch(String subjectType, long subjectId, String owner, Long pupilId, LocalDate day,
                      Integer driftSchoolDays) {
        if (driftSchoolDays != null && driftSchoolDays < 1) {
            throw new InvalidInputException("driftSchoolDays", "Drift needs at least 1 school day; got "
                    + driftSchoolDays);
        }
        if (day == null || owner == null || owner.isBlank()) {
            throw new InvalidInputException("activity", "Activity needs the subject's owner and the day it happened");
        }
        Optional<ActivityWatch> watch = watchOf(subjectType, subjectId);
        if (watch.isPresent()) {
            watch.get().touch(owner, pupilId, day, driftSchoolDays);
        } else {
            requireSubjectType(subjectType);
            em.persist(new ActivityWatch(subjectType, subjectId, owner, pupilId, day, driftSchoolDays));
        }
        em.createNamedQuery(Task.OPEN_OF_SUBJECT, Task.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).setParameter("kind", Task.DRIFT).getResultStream()
                .forEach(task -> task.done(caller(), clock.instant()));
    }

    /**
     * A deadline of the subject could not be dated because its due date lies beyond the council's school calendar:
     * the administrator's task (one per subject and deadline) to configure the next academic year, naming the subject
     * and what could not be counted, and no child.
     */
    private Task calendarMissing(String subjectType, long subjectId, String what, String reason) {
        String title = "Configure the school calendar: " + what + " could not be dated";
        String stored = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        Optional<Task> raised = em.createNamedQuery(Task.OPEN_OF_SUBJECT, Task.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).setParameter("kind", Task.CALENDAR_MISSING).getResultStream()
                .filter(task -> task.title().equals(stored)).findFirst();
        if (raised.isPresent()) {
            return raised.get();
        }
        requireSubjectType(subjectType);
        Task task = new Task(DeadlineSettings.administrator(), Task.CALENDAR_MISSING, title, reason
                + ". No due date is set yet: add the academic year on the school calendar screen, and the deadline"
                + " is set then.", new Subject(subjectType, subjectId, null), null, SystemClock.today(clock),
                clock.instant());
        em.persist(task);
        em.flush();
        return task;
    }

    /**
     * Work on the subject entered after the fact (a case the council ran on paper before): its last activity is
     * {@code day}, even when that is earlier than what was recorded so far.
     */
    public void lastActivityWas(String subjectType, long subjectId, LocalDate day) {
        watchOf(subjectType, subjectId).ifPresent(watch -> watch.lastActivityWas(day));
    }

    /** Up to this many subjects' watches are read by id; more, and every watch of the type is read and filtered. */
    private static final int WATCHES_BY_ID = 500;

    /**
     * How long each watched subject of these has been quiet today, by subject id (subjects not watched are left out):
     * what screens show beside the drift the sweep raises, from the same activity and the same rule.
     */
    @PermitAll
    public Map<Long, Quiet> quiet(String subjectType, Collection<Long> subjectIds, LocalDate today) {
        if (subjectIds.isEmpty()) {
            return new java.util.HashMap<>();
        }
        return quiet(subjectType, subjectIds, today, SchoolTimeline.ofCouncil(calendars.calendar()),
                DeadlineSettings.configured().driftSchoolDays());
    }

    /** {@link #quiet}, counted on this timeline, {@code fallback} the drift limit of a watch without its own. */
    Map<Long, Quiet> quiet(String subjectType, Collection<Long> subjectIds, LocalDate today, SchoolTimeline timeline,
                           int fallback) {
        Map<Long, Quiet> quiet = new java.util.HashMap<>();
        if (subjectIds.isEmpty()) {
            return quiet;
        }
        // Many subjects share a day of last activity: each day's school days are counted once.
        Map<LocalDate, Integer> counted = new java.util.HashMap<>();
        // Three columns of each watch, not the watches as entities; a long list of subjects reads every watch of the
        // type instead of binding thousands of ids.
        Set<Long> wanted = subjectIds instanceof Set<Long> set ? set : new java.util.HashSet<>(subjectIds);
        boolean all = wanted.size() > WATCHES_BY_ID;
        var query = em.createQuery("select w.subjectId, w.lastActivity, w.driftSchoolDays from ActivityWatch w"
                + " where w.subjectType = :type and w.watching = true" + (all ? "" : " and w.subjectId in :ids"),
                Object[].class).setParameter("type", subjectType);
        if (!all) {
            query.setParameter("ids", List.copyOf(wanted));
        }
        for (Object[] row : query.getResultList()) {
            long id = ((Number) row[0]).longValue();
            if (all && !wanted.contains(id)) {
                continue;
            }
            LocalDate last = (LocalDate) row[1];
            quiet.put(id, new Quiet(last, counted.computeIfAbsent(last, day -> timeline.schoolDaysBetween(day, today)),
                    row[2] == null ? fallback : ((Number) row[2]).intValue()));
        }
        return quiet;
    }

    /**
     * The watched subjects of this type that drift today, with how long each has been quiet: the same rule as
     * {@link #quiet} and the sweep, but found by the database. For each drift limit in use, a subject drifts when its
     * last activity came before the day from which that many school days run up to today, so only drifting watches are
     * read. Where the calendar cannot count that day (today beyond its last half term), every watch is read instead.
     */
    @PermitAll
    public Map<Long, Quiet> drifting(String subjectType, LocalDate today) {
        return drifting(subjectType, today, SchoolTimeline.ofCouncil(calendars.calendar()),
                DeadlineSettings.configured().driftSchoolDays());
    }

    /** {@link #drifting}, counted on this timeline, {@code fallback} the drift limit of a watch without its own. */
    Map<Long, Quiet> drifting(String subjectType, LocalDate today, SchoolTimeline timeline, int fallback) {
        Map<Long, Quiet> drifting = new java.util.HashMap<>();
        Map<LocalDate, Integer> counted = new java.util.HashMap<>();
        List<Integer> limits = em.createQuery("select distinct w.driftSchoolDays from ActivityWatch w"
                + " where w.subjectType = :type and w.watching = true", Integer.class)
                .setParameter("type", subjectType).getResultList();
        for (Integer limit : limits) {
            int days = limit == null ? fallback : limit;
            LocalDate runsFrom;
            try {
                // the days-th school day back from today (today counted when it is one)
                runsFrom = timeline.beforeSchoolDays(today.plusDays(1), days);
            } catch (IllegalArgumentException calendarTooShort) {
                Map<Long, Quiet> all = quiet(subjectType, Set.copyOf(em.createQuery("select w.subjectId from"
                        + " ActivityWatch w where w.subjectType = :type and w.watching = true", Long.class)
                        .setParameter("type", subjectType).getResultList()), today, timeline, fallback);
                all.values().removeIf(q -> !q.drifting());
                return all;
            }
            var query = em.createQuery("select w.subjectId, w.lastActivity from ActivityWatch w"
                    + " where w.subjectType = :type and w.watching = true and w.lastActivity < :runsFrom and "
                    + (limit == null ? "w.driftSchoolDays is null" : "w.driftSchoolDays = :limit"), Object[].class)
                    .setParameter("type", subjectType).setParameter("runsFrom", runsFrom);
            if (limit != null) {
                query.setParameter("limit", limit);
            }
            query.getResultList().forEach(row -> {
                LocalDate last = (LocalDate) row[1];
                drifting.put(((Number) row[0]).longValue(), new Quiet(last, counted.computeIfAbsent(last,
                        day -> timeline.schoolDaysBetween(day, today)), days));
            });
        }
        return drifting;
    }

    /** How many subjects of this type are watched for drift (a case: every open one). */
    @PermitAll
    public long watching(String subjectType) {
        return em.createQuery("select count(w) from ActivityWatch w where w.subjectType = :type and w.watching = true",
                Long.class).setParameter("type", subjectType).getSingleResult();
    }

    /** No more drift watch on the subject (the case closed). */
    public void stopWatching(String subjectType, long subjectId) {
        watchOf(subjectType, subjectId).ifPresent(ActivityWatch::stop);
    }

    private void close(Deadline deadline) {
        timers.stop(deadline.id());
        Instant now = clock.instant();
        em.createNamedQuery(Task.OPEN_OF_DEADLINE, Task.class).setParameter("deadline", deadline.id())
                .getResultStream().forEach(task -> task.done(caller(), now));
    }

    private List<Deadline> ofSubject(String subjectType, long subjectId) {
        return em.createNamedQuery(Deadline.OF_SUBJECT, Deadline.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).getResultList();
    }

    /**
     * The subject's watch, locked for this transaction (every caller changes it): the sweep's drift update waits for
     * the activity being recorded and then finds it, instead of the two meeting as a stale version (an officer's
     * contact refused because the sweep raised drift on the case a moment before).
     */
    private Optional<ActivityWatch> watchOf(String subjectType, long subjectId) {
        return em.createNamedQuery(ActivityWatch.OF_SUBJECT, ActivityWatch.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private Deadline load(long deadlineId) {
        Deadline deadline = em.find(Deadline.class, deadlineId);
        if (deadline == null) {
            throw new NotVisibleException("Deadline " + deadlineId);
        }
        return deadline;
    }

    private static void requireSubjectType(String subjectType) {
        if (subjectType == null || !subjectType.matches("[a-z][a-z_]{0,39}")) {
            throw new InvalidInputException("subjectType", "A subject type is 1 to 40 lower case letters or _, e.g."
                    + " case; got '" + subjectType + "'");
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

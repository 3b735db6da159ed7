package uk.gov.pathway.kernel.deadlines;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.time.SystemClock;

/**
 * What happens when a deadline falls due, when its owner leaves it undone, and when a case goes quiet. Each step starts
 * with a conditional UPDATE (... WHERE status = 'OPEN', ... WHERE escalated_at IS NULL): only the transaction that
 * changes the row goes on to raise the task and queue the e-mail, so each happens once across timers, sweeps,
 * restarts and servers. Each answers the ids of the e-mails it queued, to be sent once it has committed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeadlineFiring {

    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    StaffDirectory directory;

    @EJB
    MailOutbox outbox;

    @EJB
    DeadlineTimers timers;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<DeadlineFired> fired;

    /** The timer's way in: fires the deadline if the clock says it is due, else sets its timer again. */
    public List<Long> fireIfDue(long deadlineId) {
        Deadline deadline = em.find(Deadline.class, deadlineId);
        if (deadline == null || deadline.status() != DeadlineStatus.OPEN) {
            return List.of();
        }
        if (deadline.dueDate().isAfter(SystemClock.today(clock))) {
            // a test server's clock was moved back since the timer was set
            timers.stop(deadlineId);
            timers.start(deadlineId, deadline.dueDate());
            return List.of();
        }
        return fire(deadlineId);
    }

    /** OPEN to FIRED, once: the owner's task, their e-mail and the child's chronology entry. */
    public List<Long> fire(long deadlineId) {
        Instant now = clock.instant();
        int won = em.createNativeQuery("update deadline set status = 'FIRED', fired_at = ?, version = version + 1"
                        + " where id = ? and status = 'OPEN'")
                .setParameter(1, Timestamp.from(now)).setParameter(2, deadlineId).executeUpdate();
        if (won == 0) {
            return List.of();
        }
        Deadline deadline = em.find(Deadline.class, deadlineId);
        timers.stop(deadlineId);
        String about = deadline.subjectType() + " " + deadline.subjectId();
        em.persist(new Task(deadline.owner(), deadline.kind(), deadline.title(), "Due on " + deadline.dueDate()
                + " (" + about + ")", deadline.subject(), deadlineId, deadline.dueDate(), now));
        StaffDirectory.Contact owner = directory.contactOf(deadline.owner());
        long mail = outbox.queue(owner.email(), "Due: " + deadline.title(), "Dear " + owner.fullName() + ",\n\n"
                + deadline.title() + " is due on " + deadline.dueDate() + " (" + about + ").\n"
                + "It is in your Pathway tasks. If it is still open " + settings().escalateAfterSchoolDays()
                + " school days after that date, your manager will be told.\n\nPathway");
        fired.fire(new DeadlineFired(deadlineId, deadline.kind(), deadline.subjectType(), deadline.subjectId(),
                deadline.dueDate()));
        if (deadline.pupilId() != null) {
            chronology.fire(new ChronologyEntry(now, deadline.pupilId(),
                    "case".equals(deadline.subjectType()) ? deadline.subjectId() : null, "kernel", "DEADLINE_DUE",
                    "Due: " + deadline.title(), SYSTEM));
        }
        return List.of(mail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> dueBy(LocalDate today) {
        return em.createNamedQuery(Deadline.DUE, Long.class).setParameter("today", today).getResultList();
    }

    /** Fired deadlines whose owner's task is still open {@code schoolDays} school days after the due date. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> toEscalate(LocalDate today, SchoolTimeline timeline, int schoolDays) {
        List<Deadline> waiting = em.createQuery("select d from Deadline d where d.status = :fired"
                + " and d.escalatedAt is null and d.dueDate < :today and exists (select t from Task t"
                + " where t.deadlineId = d.id and t.kind = d.kind and t.doneAt is null) order by d.dueDate, d.id",
                Deadline.class).setParameter("fired", DeadlineStatus.FIRED).setParameter("today", today).getResultList();
        List<Long> due = new ArrayList<>();
        for (Deadline deadline : waiting) {
            if (timeline.schoolDaysBetween(deadline.dueDate(), today) >= schoolDays) {
                due.add(deadline.id());
            }
        }
        return due;
    }

    /** Tells the owner's manager, once: a task and an e-mail. */
    public List<Long> escalate(long deadlineId) {
        Instant now = clock.instant();
        int won = em.createNativeQuery("update deadline set escalated_at = ?, version = version + 1"
                        + " where id = ? and status = 'FIRED' and escalated_at is null")
                .setParameter(1, Timestamp.from(now)).setParameter(2, deadlineId).executeUpdate();
        if (won == 0) {
            return List.of();
        }
        Deadline deadline = em.find(Deadline.class, deadlineId);
        StaffDirectory.Contact owner = directory.contactOf(deadline.owner());
        StaffDirectory.Contact manager = directory.contactOf(owner.manager());
        String title = "Overdue: " + deadline.title() + " (" + owner.fullName() + ")";
        em.persist(new Task(manager.username(), Task.ESCALATION, title, deadline.title() + " was due on "
                + deadline.dueDate() + " and " + owner.fullName() + " (" + owner.username() + ") has not done it.",
                deadline.subject(), deadlineId, SystemClock.today(clock), now));
        return List.of(outbox.queue(manager.email(), title, "Dear " + manager.fullName() + ",\n\n" + deadline.title()
                + " was due on " + deadline.dueDate() + " (" + deadline.subjectType() + " " + deadline.subjectId()
                + ") and " + owner.fullName() + "'s task is still open.\nIt is in your Pathway tasks.\n\nPathway"));
    }

    /**
     * Watched subjects without activity for their drift limit of school days ({@code defaultSchoolDays} where the
     * subject sets none), not yet told.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> drifting(LocalDate today, SchoolTimeline timeline, int defaultSchoolDays) {
        List<Long> drifting = new ArrayList<>();
        for (ActivityWatch watch : em.createNamedQuery(ActivityWatch.QUIET, ActivityWatch.class)
                .setParameter("today", today).getResultList()) {
            if (watch.quiet(today, timeline, defaultSchoolDays).drifting()) {
                drifting.add(watch.id());
            }
        }
        return drifting;
    }

    /** One DRIFT task and e-mail for the owner per episode (until the next activity). */
    public List<Long> raiseDrift(long watchId, int defaultSchoolDays) {
        ActivityWatch watch = em.find(ActivityWatch.class, watchId);
        if (watch == null) {
            return List.of();
        }
        int schoolDays = watch.driftSchoolDays(defaultSchoolDays);
        Instant now = clock.instant();
        int won = em.createNativeQuery("update activity_watch set drift_raised_at = ?, version = version + 1"
                        + " where id = ? and drift_raised_at is null and watching = ? and last_activity = ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, watchId).setParameter(3, true)
                .setParameter(4, Date.valueOf(watch.lastActivity())).executeUpdate();
        if (won == 0) {
            return List.of();
        }
        String title = "No activity on " + watch.subjectType() + " " + watch.subjectId() + " for " + schoolDays
                + " school days";
        em.persist(new Task(watch.owner(), Task.DRIFT, title, "The last recorded activity was on "
                + watch.lastActivity() + ".", new Subject(watch.subjectType(), watch.subjectId(), watch.pupilId()),
                null, SystemClock.today(clock), now));
        StaffDirectory.Contact owner = directory.contactOf(watch.owner());
        return List.of(outbox.queue(owner.email(), title, "Dear " + owner.fullName() + ",\n\nNothing has been"
                + " recorded on " + watch.subjectType() + " " + watch.subjectId() + " since " + watch.lastActivity()
                + ": " + schoolDays + " school days. Record what has happened, or plan the next step.\n\nPathway"));
    }

    private static DeadlineSettings settings() {
        return DeadlineSettings.configured();
    }
}

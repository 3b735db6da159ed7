package uk.gov.pathway.kernel.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.time.SystemClock;

/** Each person's inbox of tasks, and the manager's view of what is overdue across the service. */
@Stateless
@PermitAll
public class Tasks {

    /** Done tasks stay in the inbox this long, so that a person sees what they finished lately. */
    static final int DONE_SHOWN_FOR_DAYS = 14;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AccessControl access;

    /** The caller's tasks: open ones first, soonest due first (overdue marked), then those done in the last 14 days. */
    public List<TaskView> inbox() {
        LocalDate today = SystemClock.today(clock);
        return em.createNamedQuery(Task.INBOX, Task.class).setParameter("owner", access.caller().username())
                .setParameter("doneSince", today.minusDays(DONE_SHOWN_FOR_DAYS).atStartOfDay().toInstant(ZoneOffset.UTC))
                .setMaxResults(500).getResultStream().map(t -> TaskView.of(t, today)).toList();
    }

    /**
     * Marks the task done; only its owner or a service manager may (to anyone else it does not exist). Done with a
     * deadline's own task, the deadline is met.
     */
    public TaskView done(long taskId) {
        Caller caller = access.caller();
        Task task = em.find(Task.class, taskId);
        if (task == null || !(task.owner().equals(caller.username()) || caller.has(Role.SAS_MANAGER))) {
            throw new NotVisibleException("Task " + taskId);
        }
        task.done(caller.username(), clock.instant());
        if (task.deadlineId() != null && !Task.ESCALATION.equals(task.kind())) {
            Deadline deadline = em.find(Deadline.class, task.deadlineId());
            if (deadline != null && !deadline.status().isClosed()) {
                deadline.complete(clock.instant());
            }
        }
        return TaskView.of(task, SystemClock.today(clock));
    }

    /** Every open task past its due date, whoever holds it. */
    @RolesAllowed(Roles.SAS_MANAGER)
    public List<TaskView> overdue() {
        LocalDate today = SystemClock.today(clock);
        return em.createNamedQuery(Task.OVERDUE, Task.class).setParameter("today", today).setMaxResults(1000)
                .getResultStream().map(t -> TaskView.of(t, today)).toList();
    }
}

package uk.gov.pathway.web.it;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.deadlines.CountedDeadline;
import uk.gov.pathway.kernel.deadlines.DeadlineTimers;
import uk.gov.pathway.kernel.deadlines.Timescale;
import uk.gov.pathway.kernel.deadlines.DeadlineView;
import uk.gov.pathway.kernel.deadlines.MailMessage;
import uk.gov.pathway.kernel.deadlines.MailOutbox;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.NewDeadline;

/**
 * TEST ONLY, added to the test deployment (never in pathway.war): calls {@link Deadlines} as the signed-in caller, the
 * way casework will. Casework's own API (cases, levels, meetings) replaces it when it lands.
 */
@Path("test/deadlines")
@Stateless
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlineFixture {

    public record Wanted(String kind, String title, String subjectType, long subjectId, Long pupilId, String owner,
                         LocalDate dueDate) {
    }

    public record Activity(String owner, LocalDate day, Integer driftSchoolDays) {
    }

    @EJB
    Deadlines deadlines;

    @EJB
    DeadlineTimers timers;

    @EJB
    MailOutbox outbox;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public record Mail(String recipient, String subject) {
    }

    @POST
    public Map<String, Long> schedule(Wanted wanted) {
        return Map.of("id", deadlines.schedule(new NewDeadline(wanted.kind(), wanted.title(), wanted.subjectType(),
                wanted.subjectId(), wanted.pupilId(), wanted.owner(), wanted.dueDate())));
    }

    public record Counted(String kind, String title, String subjectType, long subjectId, String owner,
                          String timescale, LocalDate from) {
    }

    /** A deadline in school time: answers its due date, or none while it waits for the calendar. */
    @POST
    @Path("counted")
    public Map<String, Object> scheduleCounted(Counted wanted) {
        return deadlines.scheduleCounted(new CountedDeadline(wanted.kind(), wanted.title(), wanted.subjectType(),
                wanted.subjectId(), null, wanted.owner(), Timescale.parse(wanted.timescale()), wanted.from()))
                .<Map<String, Object>>map(due -> Map.of("dueDate", due.toString()))
                .orElse(Map.of("waiting", true));
    }

    @GET
    @Path("{type}/{id: \\d+}")
    public List<DeadlineView> ofSubject(@PathParam("type") String type, @PathParam("id") long id) {
        return deadlines.forSubject(type, id);
    }

    /** When the deadline's persistent timer expires, or "none". */
    @GET
    @Path("{id: \\d+}/timer")
    public Map<String, String> timer(@PathParam("id") long id) {
        return Map.of("next", timers.next(id).map(Instant::toString).orElse("none"));
    }

    /** Queues an e-mail in the outbox; the next sweep (a move of the clock) sends it. */
    @POST
    @Path("mail")
    public Map<String, Long> queue(Mail mail) {
        return Map.of("id", outbox.queue(mail.recipient(), mail.subject(), "A test message."));
    }

    /** Where one outbox message stands. */
    @GET
    @Path("mail/{id: \\d+}")
    public Map<String, Object> mail(@PathParam("id") long id) {
        MailMessage message = em.find(MailMessage.class, id);
        return Map.of("attempts", message.attempts(), "nextAttemptAt", String.valueOf(message.nextAttemptAt()),
                "status", message.sentAt() != null ? "SENT" : message.failedAt() != null ? "FAILED" : "WAITING");
    }

    /** The outbox's failed messages, as the service answers the signed-in caller. */
    @GET
    @Path("mail/failed")
    public List<MailOutbox.FailedMail> failed() {
        return outbox.failed(100);
    }

    @POST
    @Path("{type}/{id: \\d+}/activity")
    public Map<String, String> touch(@PathParam("type") String type, @PathParam("id") long id, Activity activity) {
        deadlines.touch(type, id, activity.owner(), null, activity.day(), activity.driftSchoolDays());
        return Map.of("touched", type + " " + id);
    }
}

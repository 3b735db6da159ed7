package uk.gov.pathway.casework.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.audit.AuditTrail;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/** Loads a case for the caller with the access checks, and announces what happened to it (chronology, audit). */
@Dependent
public class CaseContext {

    /** A case with everything its workspace needs to decide who may do what. */
    public record Loaded(CaseFile file, Map<Long, PupilRef> children, Caller caller) {
    }

    @EJB
    AccessControl access;

    @EJB
    PupilDirectory directory;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<AuditEvent> audit;

    @EJB
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    CaseScheduler scheduler;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The case if the caller may work it, else 404 (cannot see) or 403 (sees, may not work it at this level). */
    public Loaded working(long caseId) {
        Loaded loaded = readable(caseId);
        CaseFile c = loaded.file();
        if (!c.open()) {
            throw new InvalidInputException("case", "Case " + caseId + " was closed on " + c.closedOn()
                    + "; open a new case to work with the family again");
        }
        if (!CaseAccess.works(loaded.caller(), c, loaded.children().values())) {
            throw new AccessDeniedException("Level " + c.level().code() + " is worked by " + c.level().workedBy()
                    + "; you may read this case but not work it");
        }
        return loaded;
    }

    /** The case if the caller may read it (or, for a school lead, see its status), else 404. */
    public Loaded readable(long caseId) {
        return readable(caseId, "case " + caseId);
    }

    /** As {@link #readable(long)}, for something of the case ({@code subject}, e.g. "letter 9"): refused as that. */
    public Loaded readable(long caseId, String subject) {
        Caller caller = access.caller();
        CaseFile c = find(caseId);
        Map<Long, PupilRef> refs = directory.refs(c.pupilIds());
        if (!CaseAccess.seesStatus(caller, c, refs.values())) {
            refused(c, subject, "not a case the caller may see");
            throw new NotVisibleException(capitalised(subject));
        }
        return new Loaded(c, refs, caller);
    }

    /**
     * Keeps a refused read of this existing case (or something of it) in the audit trail, one entry per child, in a
     * transaction of its own: the caller then answers 404 as for a case that does not exist.
     */
    public void refused(CaseFile c, String subject, String detail) {
        if (c.pupilIds().isEmpty()) {
            trail.refused(null, subject, detail);
        }
        for (Long pupilId : c.pupilIds()) {
            trail.refused(pupilId, subject, detail);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public CaseFile find(long caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        if (c == null) {
            throw new NotVisibleException("Case " + caseId);
        }
        return c;
    }

    /** An AIM may be extended {@code aimExtensions} times (default once, for another three weeks), then escalated. */
    public void requireExtensionAllowed(CaseFile c) {
        List<uk.gov.pathway.casework.entity.Review> reviews = em.createNamedQuery(
                uk.gov.pathway.casework.entity.Review.OF_CASE, uk.gov.pathway.casework.entity.Review.class)
                .setParameter("caseId", c.id()).getResultList();
        long extensions = reviews.stream().filter(r -> !r.reviewedOn().isBefore(c.levelSince()))
                .filter(r -> r.outcome() == uk.gov.pathway.casework.entity.ReviewOutcome.EXTEND).count();
        int allowed = c.model().timescales().aimExtensions();
        if (extensions >= allowed) {
            throw new InvalidInputException("outcome", "This plan has been extended " + extensions + " time(s) at "
                    + c.level().code() + "; the pathway allows " + allowed + ": step the case up or close it");
        }
    }

    /** A contact or meeting was recorded: the deadlines it starts (AIM review, next TAF) and the drift watch. */
    public void scheduled(CaseFile c, uk.gov.pathway.casework.entity.EvidenceKind kind, LocalDate on) {
        scheduler.recorded(c, kind, on);
    }

    /** Work was recorded on the case on this day. */
    public void touched(CaseFile c, LocalDate on) {
        scheduler.touched(c, on);
    }

    /** A review decided to continue or extend. */
    public void reviewed(CaseFile c, uk.gov.pathway.casework.entity.ReviewOutcome outcome, LocalDate on) {
        scheduler.reviewed(c, outcome, on);
    }

    public void announce(CaseFile c, String kind, String summary, String actor) {
        java.time.Instant now = clock.instant();
        for (Long pupilId : c.pupilIds()) {
            chronology.fire(new ChronologyEntry(now, pupilId, c.id(), "casework", kind, summary, actor));
            audit.fire(AuditEvent.change(pupilId, "case " + c.id(), summary));
        }
    }
}

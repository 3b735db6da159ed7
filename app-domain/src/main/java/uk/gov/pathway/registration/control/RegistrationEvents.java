package uk.gov.pathway.registration.control;

import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.registration.entity.Pupil;

/**
 * What registration announces: reads and changes of a child's record for the audit trail, and what happened to the
 * child for their chronology. Both are CDI events, kept in the announcing service's transaction.
 */
@ApplicationScoped
public class RegistrationEvents {

    public static final String MODULE = "registration";

    public static final String PUPIL_REGISTERED = "PUPIL_REGISTERED";
    public static final String DETAILS_UPDATED = "DETAILS_UPDATED";
    public static final String DETAILS_CORRECTED = "DETAILS_CORRECTED";
    public static final String ENROLLED = "ENROLLED";
    public static final String CARER_ADDED = "CARER_ADDED";
    public static final String MOVED_SCHOOL = "MOVED_SCHOOL";

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<ChronologyEntry> chronology;

    /** The caller was shown part of the child's record, e.g. "attendance figures from 2025-09-01 to 2025-10-24". */
    public void read(Pupil pupil, String what) {
        audit.fire(AuditEvent.read(pupil.id(), subject(pupil), what));
    }

    public void read(long pupilId, String upn, String what) {
        audit.fire(AuditEvent.read(pupilId, "pupil " + upn, what));
    }

    /** A record that is not one child's (a school's list, a cohort) was read. */
    public void readMany(String subject, String what) {
        audit.fire(AuditEvent.read(null, subject, what));
    }

    public void changed(Pupil pupil, String what) {
        audit.fire(AuditEvent.change(pupil.id(), subject(pupil), what));
    }

    /** Many children changed at once (an import): one entry naming the job and how many. */
    public void changedMany(String subject, String what) {
        audit.fire(AuditEvent.change(null, subject, what));
    }

    public void happened(Pupil pupil, Instant at, String kind, String summary, String actor) {
        chronology.fire(new ChronologyEntry(at, pupil.id(), null, MODULE, kind, summary, actor));
    }

    /** Who a chronology names: the signed-in person, or "system" for work the server started itself. */
    public String actor(Caller caller) {
        return caller.username() == null || "anonymous".equals(caller.username()) ? "system" : caller.username();
    }

    private static String subject(Pupil pupil) {
        return "pupil " + pupil.upn().value();
    }
}

package uk.gov.pathway.registration.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.registration.entity.Enrolment;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.PupilDetails;
import uk.gov.pathway.registration.entity.PupilTransfer;
import uk.gov.pathway.registration.entity.School;

/**
 * A child's move between schools in year: asked for by the new school, made when the council confirms it (or records
 * it itself). The move and its announcements live here once, for the import and the council's confirmation alike.
 */
@ApplicationScoped
public class SchoolMoves {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    RegistrationEvents events;

    @Inject
    Clock clock;

    /**
     * Records (or renews) the new school's request to take the child from {@code start}; nothing of the child changes
     * and the school is told nothing about them. Audited as a change of the child's record.
     */
    public PupilTransfer request(Pupil pupil, School school, LocalDate start, PupilDetails named, String by, Instant now,
                                 String source) {
        PupilTransfer transfer = pending(pupil, school).orElse(null);
        if (transfer == null) {
            transfer = added(pupil, school, start, named, by, now, source);
        } else {
            transfer.askAgain(start, named);
        }
        events.changed(pupil, "transfer to " + school.laestab() + " from " + start + " requested by " + by + " ("
                + source + "), awaiting the council's confirmation");
        return transfer;
    }

    /** The council's own move of the child (its import names another school): recorded as a confirmed transfer. */
    public void record(Pupil pupil, School school, LocalDate start, PupilDetails named, String by, Instant now,
                       String source) {
        PupilTransfer transfer = pending(pupil, school)
                .orElseGet(() -> added(pupil, school, start, named, by, now, source));
        confirm(transfer, start, by, now);
    }

    private java.util.Optional<PupilTransfer> pending(Pupil pupil, School school) {
        return em.createNamedQuery(PupilTransfer.PENDING_OF, PupilTransfer.class)
                .setParameter("pupil", pupil).setParameter("school", school).getResultStream().findFirst();
    }

    private PupilTransfer added(Pupil pupil, School school, LocalDate start, PupilDetails named, String by, Instant now,
                                String source) {
        PupilTransfer transfer = new PupilTransfer(pupil, school, pupil.currentSchool().orElse(null), start, named, by,
                now, source);
        em.persist(transfer);
        return transfer;
    }

    /**
     * Confirms the transfer: the child's enrolment ends the day before {@code start} and the new school's begins, so
     * its lead sees the child from that day. Refused (IllegalArgumentException) when another enrolment starts or ends
     * on or after that day.
     */
    public void confirm(PupilTransfer transfer, LocalDate start, String by, Instant now) {
        Pupil pupil = transfer.pupil();
        School to = transfer.toSchool();
        School from = pupil.currentSchool().filter(s -> !s.laestab().equals(to.laestab())).orElse(null);
        transfer.confirm(start, by, now);
        if (pupil.id() != null) {
            // Two moves of one child at once: the second to commit fails rather than leave two open enrolments.
            em.lock(pupil, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Enrolment enrolment = pupil.moveTo(to, start).orElse(null);
        String what = (from == null ? "" : "from " + from.name() + " (" + from.laestab() + "), last day "
                + start.minusDays(1) + ", ") + "to " + to.name() + " (" + to.laestab() + "), on roll from " + start;
        events.changed(pupil, "transfer confirmed by " + by + ": " + what);
        if (enrolment != null) {
            events.happened(pupil, start.atStartOfDay(clock.getZone()).toInstant(), RegistrationEvents.MOVED_SCHOOL,
                    "Moved school " + what, by);
        }
    }

    public void refuse(PupilTransfer transfer, String reason, String by, Instant now) {
        transfer.refuse(reason, by, now);
        events.changed(transfer.pupil(), "transfer to " + transfer.toSchool().laestab() + " from " + transfer.startDate()
                + " refused by " + by + ": " + transfer.refusalReason());
    }
}

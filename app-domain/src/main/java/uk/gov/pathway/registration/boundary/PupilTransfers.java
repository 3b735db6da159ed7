package uk.gov.pathway.registration.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.control.RegistrationEvents;
import uk.gov.pathway.registration.control.SchoolMoves;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.PupilTransfer;
import uk.gov.pathway.registration.entity.School;

/**
 * The service manager's decisions on children moving school in year: schools ask through their pupils file, the
 * council confirms (the old enrolment ends the day before the new one starts) or refuses.
 */
@Stateless
@RolesAllowed(Roles.SAS_MANAGER)
public class PupilTransfers {

    /** A transfer as the manager sees it: the child on record beside the child as the new school named them. */
    public record TransferView(long id, String upn, String forename, String surname, LocalDate dateOfBirth,
                               String namedForename, String namedSurname, LocalDate namedDateOfBirth,
                               boolean namedAsOnRecord, String fromLaestab, String fromSchool, String toLaestab,
                               String toSchool, LocalDate startDate, String status, String requestedBy,
                               Instant requestedAt, String decidedBy, Instant decidedAt, String refusalReason,
                               long version) implements Serializable {
        static TransferView of(PupilTransfer t) {
            Pupil p = t.pupil();
            School from = t.fromSchool();
            boolean same = p.forename().equalsIgnoreCase(t.namedForename()) && p.surname().equalsIgnoreCase(t.namedSurname())
                    && p.dateOfBirth().equals(t.namedDateOfBirth());
            return new TransferView(t.id(), p.upn().value(), p.forename(), p.surname(), p.dateOfBirth(),
                    t.namedForename(), t.namedSurname(), t.namedDateOfBirth(), same,
                    from == null ? null : from.laestab().value(), from == null ? null : from.name(),
                    t.toSchool().laestab().value(), t.toSchool().name(), t.startDate(), t.status().name(),
                    t.requestedBy(), t.requestedAt(), t.decidedBy(), t.decidedAt(), t.refusalReason(), t.version());
        }
    }

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    AccessControl access;

    @Inject
    SchoolMoves moves;

    @Inject
    RegistrationEvents events;

    @Inject
    Clock clock;

    /** Transfers waiting for the council, oldest request first. Audited as one read naming how many. */
    public List<TransferView> pending() {
        List<TransferView> pending = em.createNamedQuery(PupilTransfer.PENDING, PupilTransfer.class).getResultList()
                .stream().map(TransferView::of).toList();
        events.readMany("pupil transfers", pending.size() + " transfers awaiting confirmation");
        return pending;
    }

    /**
     * Confirms the move from {@code startDate} (null: the day the school asked for): the child's enrolment ends the day
     * before and the new school's lead sees the child from that day. 409 when the transfer was already decided.
     */
    public TransferView confirm(long id, LocalDate startDate) {
        PupilTransfer transfer = pending(id);
        LocalDate start = startDate == null ? transfer.startDate() : startDate;
        String problem = transfer.pupil().moveProblem(transfer.toSchool(), start);
        if (problem != null) {
            throw new InvalidInputException("startDate", "startDate " + start + " cannot be used: " + problem);
        }
        moves.confirm(transfer, start, access.caller().username(), clock.instant());
        em.flush();
        return TransferView.of(transfer);
    }

    /** Refuses the move, with the reason (required); the child stays where they are on roll. */
    public TransferView refuse(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason must say why the transfer is refused");
        }
        PupilTransfer transfer = pending(id);
        moves.refuse(transfer, reason, access.caller().username(), clock.instant());
        em.flush();
        return TransferView.of(transfer);
    }

    private PupilTransfer pending(long id) {
        PupilTransfer transfer = em.find(PupilTransfer.class, id);
        if (transfer == null) {
            throw new NotVisibleException("Transfer " + id);
        }
        if (!transfer.isPending()) {
            throw new OptimisticLockException("Transfer " + id + " was already " + transfer.status().name().toLowerCase());
        }
        return transfer;
    }
}

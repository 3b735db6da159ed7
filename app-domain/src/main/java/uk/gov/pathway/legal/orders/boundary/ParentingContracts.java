package uk.gov.pathway.legal.orders.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.boundary.CaseLetters;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.deadlines.Deadlines;
import uk.gov.pathway.kernel.deadlines.CountedDeadline;
import uk.gov.pathway.kernel.deadlines.Timescale;
import uk.gov.pathway.kernel.deadlines.WaitingDeadlineDated;
import jakarta.enterprise.event.Observes;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.orders.control.OrderCases;
import uk.gov.pathway.legal.orders.entity.ParentingContract;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/**
 * Parenting contracts (Anti-social Behaviour Act 2003 s19): the parties, the commitments on each side, the day signed,
 * reviews on a timer (every N school weeks), the outcome; the contract letter (PARENTING_CONTRACT_SIGNED) made from the
 * kernel's templates with the case's records.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
public class ParentingContracts {

    public static final String SUBJECT = "parenting_contract";
    public static final String REVIEW = "PARENTING_CONTRACT_REVIEW";
    public static final String LETTER = "PARENTING_CONTRACT_SIGNED";

    public record ContractView(long id, long caseId, String upn, String childName, String status, String parties,
                               String parentCommitments, String supportCommitments, LocalDate signedOn,
                               int reviewEveryWeeks, LocalDate nextReviewOn, List<String> reviews, String outcome,
                               LocalDate endedOn, Long letterId, long version) {
    }

    public record NewContract(String upn, List<String> parties, String parentCommitments, String supportCommitments,
                              LocalDate signedOn, Integer reviewEveryWeeks) {
    }

    @EJB
    AccessControl access;

    @EJB
    CaseLetters letters;

    @EJB
    PupilDirectory directory;

    @EJB
    Deadlines deadlines;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    OrderCases orderCases;

    public ContractView sign(long caseId, NewContract c) {
        orderCases.requireWorks(caseId);
        if (c == null || c.parties() == null || c.parties().stream().filter(p -> p != null && !p.isBlank()).count() < 2) {
            throw new InvalidInputException("parties", "Name the parties (the parents, the school, the council)");
        }
        if (c.parentCommitments() == null || c.parentCommitments().isBlank()) {
            throw new InvalidInputException("parentCommitments", "Write what the parents agree to do");
        }
        if (c.supportCommitments() == null || c.supportCommitments().isBlank()) {
            throw new InvalidInputException("supportCommitments", "Write the support the school and council give");
        }
        if (c.signedOn() == null || c.signedOn().isAfter(SystemClock.today(clock))) {
            throw new InvalidInputException("signedOn", "Give the day the contract was signed (not in the future)");
        }
        int weeks = c.reviewEveryWeeks() == null ? 4 : c.reviewEveryWeeks();
        if (weeks < 1 || weeks > 26) {
            throw new InvalidInputException("reviewEveryWeeks", "Review every 1 to 26 school weeks");
        }
        PupilRef child = orderCases.childOf(caseId, c.upn(), "contract");
        ParentingContract contract = new ParentingContract(caseId, child.id(), String.join("\n", c.parties().stream()
                .filter(p -> p != null && !p.isBlank()).map(String::strip).toList()), c.parentCommitments().strip(),
                c.supportCommitments().strip(), c.signedOn(), weeks, null, access.caller().username(), clock.instant());
        em.persist(contract);
        em.flush();
        LetterView letter = letters.make(caseId, new CaseLetters.Order(LETTER, child.upn(), null));
        contract.letter(letter.id());
        scheduleReview(contract, c.signedOn());
        announce(contract, "PARENTING_CONTRACT_SIGNED", "Parenting contract signed on " + c.signedOn()
                + ", reviewed every " + weeks + " school weeks");
        return view(contract);
    }

    /** A review; {@code outcome} (KEPT, PARTLY_KEPT, BROKEN, WITHDRAWN) ends the contract, else the next review. */
    public ContractView review(long contractId, LocalDate on, String notes, String outcome) {
        ParentingContract c = worked(contractId);
        if (c.outcome() != null) {
            throw new InvalidInputException("outcome", "The contract ended (" + c.outcome() + ")");
        }
        if (on == null || on.isBefore(c.signedOn()) || on.isAfter(SystemClock.today(clock))) {
            throw new InvalidInputException("on", "Give the day of the review, from " + c.signedOn() + " to today");
        }
        if (notes == null || notes.isBlank()) {
            throw new InvalidInputException("notes", "Write what the review found");
        }
        deadlines.completeOpen(SUBJECT, c.id(), REVIEW);
        if (outcome != null && !outcome.isBlank()) {
            ParentingContract.Outcome how;
            try {
                how = ParentingContract.Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("outcome", "outcome is KEPT, PARTLY_KEPT, BROKEN or WITHDRAWN");
            }
            c.reviewed(on, notes.strip(), null);
            c.ended(how, on);
            announce(c, "PARENTING_CONTRACT_ENDED", "Parenting contract ended: " + how.name());
        } else {
            c.reviewed(on, notes.strip(), null);
            scheduleReview(c, on);
            announce(c, "PARENTING_CONTRACT_REVIEWED", "Parenting contract reviewed on " + on);
        }
        return view(c);
    }

    public List<ContractView> ofCase(long caseId) {
        orderCases.requireReads(caseId);
        return em.createNamedQuery(ParentingContract.OF_CASE, ParentingContract.class).setParameter("caseId", caseId)
                .getResultList().stream().map(this::view).toList();
    }

    /**
     * The next review, {@code reviewEveryWeeks} school weeks from {@code from}; where the calendar does not reach it
     * yet, the administrator is asked for the year and the review is dated when it is added ({@link #reviewDated}).
     */
    private void scheduleReview(ParentingContract c, LocalDate from) {
        c.nextReviewOn(deadlines.scheduleCounted(new CountedDeadline(REVIEW, "Review parenting contract " + c.id(),
                SUBJECT, c.id(), c.pupilId(), access.caller().username(), Timescale.schoolWeeks(c.reviewEveryWeeks()),
                from)).orElse(null));
    }

    /** A review that waited for next year's calendar was dated when the year was added. */
    @jakarta.annotation.security.PermitAll
    public void reviewDated(@Observes WaitingDeadlineDated dated) {
        if (dated.subjectType().equals(SUBJECT) && dated.kind().equals(REVIEW)) {
            ParentingContract c = em.find(ParentingContract.class, dated.subjectId());
            if (c != null) {
                c.nextReviewOn(dated.dueDate());
            }
        }
    }

    ContractView view(ParentingContract c) {
        PupilRef child = directory.refs(List.of(c.pupilId())).get(c.pupilId());
        return new ContractView(c.id(), c.caseId(), child == null ? null : child.upn(), child == null ? null
                : child.name(), c.status(), c.parties(), c.parentCommitments(), c.supportCommitments(), c.signedOn(),
                c.reviewEveryWeeks(), c.nextReviewOn(), c.reviews() == null ? List.of() : List.of(c.reviews()
                .split("\n")), c.outcome(), c.endedOn(), c.letterId(), c.version());
    }

    private void announce(ParentingContract c, String kind, String summary) {
        orderCases.announce(c.pupilId(), c.caseId(), "parenting contract " + c.id(), kind, summary);
    }

    private ParentingContract worked(long id) {
        return orderCases.worked(em.find(ParentingContract.class, id), "Parenting contract " + id,
                ParentingContract::caseId, ParentingContract::pupilId);
    }
}

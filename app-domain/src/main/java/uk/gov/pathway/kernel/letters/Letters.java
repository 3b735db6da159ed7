package uk.gov.pathway.kernel.letters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * A case's letters: made from a template with the case's data as PDF, kept with the case, and marked as sent. Casework
 * prepares the values of the fields and vouches for the case; the letter announces itself to the child's chronology
 * and the audit trail.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class Letters {

    /** Letters belong to the case work; the chronology shows them under that module. */
    static final String MODULE = "casework";

    /** The foreign key from a letter to its pupil (V9__kernel_letters.sql). */
    private static final String PUPIL_KEY = "letter_pupil";

    /** The foreign key from a letter to its case (V15__casework_letter_belongs_to_a_case.sql). */
    private static final String CASE_KEY = "letter_of_case";

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    AccessControl access;

    @Inject
    Clock clock;

    @Inject
    LetterRenderer renderer;

    @Inject
    Event<ChronologyEntry> chronology;

    @Inject
    Event<AuditEvent> audit;

    /** Makes the letter, stores its PDF with the case, and answers it (LETTER_CREATED in the chronology). */
    public LetterView generate(LetterRequest request) {
        if (request == null) {
            throw new InvalidInputException("letter", "Say which template to use and give the values of its fields");
        }
        if (request.aboutACase() && request.caseId() <= 0) {
            throw new InvalidInputException("caseId", "Say which case the letter is for; got case " + request.caseId());
        }
        if (!request.aboutACase() && (request.subjectId() == null || request.carerId() == null
                || !request.subjectType().matches("[a-z_]{1,40}"))) {
            throw new InvalidInputException("subject", "A letter about a subject names it (type and id) and the carer"
                    + " it is addressed to");
        }
        if (request.templateCode() == null || request.templateCode().isBlank()) {
            throw new InvalidInputException("templateCode", "Say which template to use, e.g. ATTENDANCE_LETTER_1");
        }
        LetterTemplate template = em.find(LetterTemplate.class, request.templateCode().strip());
        if (template == null) {
            throw new InvalidInputException("templateCode", "There is no letter template " + request.templateCode()
                    + "; the templates are " + String.join(", ", em.createNamedQuery(LetterTemplate.ALL,
                    LetterTemplate.class).getResultStream().map(LetterTemplate::code).toList()));
        }
        String by = access.caller().username();
        Instant now = clock.instant();
        byte[] pdf = renderer.render(template.name(), template.body(), request.fields(), LocalDate.now(clock));
        Letter letter = new Letter(request.caseId(), request.subjectType(), request.subjectId(), request.carerId(),
                request.pupilId(), template, by, now);
        em.persist(letter);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The database checks the pupil and the case (the caller, casework, has vouched for both).
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains(PUPIL_KEY)) {
                throw new InvalidInputException("pupilId", "There is no pupil with id " + request.pupilId());
            }
            if (message.contains(CASE_KEY)) {
                throw new InvalidInputException("caseId", "There is no case " + request.caseId());
            }
            throw e;
        }
        em.persist(new LetterDocument(letter.id(), pdf));
        chronology.fire(new ChronologyEntry(now, letter.pupilId(), letter.caseId(), module(letter), "LETTER_CREATED",
                "Letter made: " + letter.title(), by));
        audit.fire(AuditEvent.change(letter.pupilId(), subject(letter), "made " + letter.title() + " for "
                + (letter.caseId() != null ? "case " + letter.caseId() : letter.subjectType().replace('_', ' ') + " "
                + letter.subjectId() + ", to carer " + letter.carerId())));
        return LetterView.of(letter);
    }

    /**
     * Records how and when a letter not yet marked was sent (LETTER_SENT in the chronology). A letter someone has
     * marked already is a conflict (409): read it and correct it with its version.
     */
    public LetterView markSent(long letterId, SentMethod method, LocalDate sentOn) {
        Letter letter = find(letterId);
        if (letter.sent()) {
            throw new OptimisticLockException("Letter " + letterId + " was marked as sent on " + letter.sentOn()
                    + " by " + letter.sentBy() + "; send its version to correct that");
        }
        return markSent(letter, method, sentOn);
    }

    /** Records or corrects how and when the letter was sent, as read at {@code version} (409 if it changed since). */
    public LetterView markSent(long letterId, SentMethod method, LocalDate sentOn, long version) {
        Letter letter = find(letterId);
        if (letter.version() != version) {
            throw new OptimisticLockException("Letter " + letterId + " changed since version " + version);
        }
        return markSent(letter, method, sentOn);
    }

    private LetterView markSent(Letter letter, SentMethod method, LocalDate sentOn) {
        boolean correction = letter.sent();
        String by = access.caller().username();
        letter.markSent(method, sentOn, by, LocalDate.now(clock), clock.getZone());
        em.flush();
        String summary = letter.title() + " sent " + method.words() + " on " + sentOn
                + (correction ? " (corrected)" : "");
        chronology.fire(new ChronologyEntry(sentAt(letter), letter.pupilId(), letter.caseId(), module(letter), "LETTER_SENT",
                summary, by));
        audit.fire(AuditEvent.change(letter.pupilId(), subject(letter), "marked as sent " + method.words() + " on "
                + sentOn));
        return LetterView.of(letter);
    }

    /**
     * When the chronology shows the letter going: now if it went today; otherwise the start of the day it went (a
     * letter posted on Monday and recorded on Thursday belongs to Monday), never before the letter was made.
     */
    private Instant sentAt(Letter letter) {
        if (letter.sentOn().equals(LocalDate.now(clock))) {
            return clock.instant();
        }
        Instant day = letter.sentOn().atStartOfDay(clock.getZone()).toInstant();
        return day.isBefore(letter.createdAt()) ? letter.createdAt() : day;
    }

    /** The case's letters, oldest first. */
    public List<LetterView> ofCase(long caseId) {
        return em.createNamedQuery(Letter.OF_CASE, Letter.class).setParameter("caseId", caseId).getResultStream()
                .map(LetterView::of).toList();
    }

    /** The letters about another module's subject (e.g. a penalty notice), oldest first. */
    public List<LetterView> ofSubject(String subjectType, long subjectId) {
        return em.createNamedQuery(Letter.OF_SUBJECT, Letter.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).getResultStream().map(LetterView::of).toList();
    }

    /** A case's letters are casework's in the chronology; a penalty notice's (or a notice to improve's) legal's. */
    private static String module(Letter letter) {
        return letter.caseId() != null ? MODULE : "legal";
    }

    public LetterView letter(long letterId) {
        return LetterView.of(find(letterId));
    }

    /** The letter's PDF, read from its own table only now (a download is a read in the audit trail). */
    public LetterPdf pdf(long letterId) {
        Letter letter = find(letterId);
        LetterDocument document = em.find(LetterDocument.class, letterId);
        if (document == null) {
            throw new NotVisibleException("The PDF of letter " + letterId);
        }
        audit.fire(AuditEvent.read(letter.pupilId(), subject(letter), "downloaded " + letter.title()));
        String name = letter.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new LetterPdf("letter-" + letterId + "-" + name + ".pdf", document.content());
    }

    private Letter find(long letterId) {
        Letter letter = em.find(Letter.class, letterId);
        if (letter == null) {
            throw new NotVisibleException("Letter " + letterId);
        }
        return letter;
    }

    private static String subject(Letter letter) {
        return "letter " + letter.id();
    }
}

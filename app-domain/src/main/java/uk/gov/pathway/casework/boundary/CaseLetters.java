package uk.gov.pathway.casework.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.gov.pathway.casework.control.CaseAccess;
import uk.gov.pathway.casework.control.CaseContext;
import uk.gov.pathway.casework.control.CaseLetterFields;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.letters.LetterField;
import uk.gov.pathway.kernel.letters.LetterPdf;
import uk.gov.pathway.kernel.letters.LetterRequest;
import uk.gov.pathway.kernel.letters.LetterTemplates;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.kernel.letters.Letters;
import uk.gov.pathway.kernel.letters.SentMethod;
import uk.gov.pathway.kernel.letters.TemplateView;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/**
 * A case's letters (spec/PRODUCT.md, Letters): made from a template with the case's data, kept with the case, read and
 * downloaded by those who read the case, and marked as sent by those who work it. A closure letter may still be made
 * after the case has closed; other letters need the case open.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class CaseLetters {

    /** The template that may be made after the case has closed. */
    public static final String CASE_CLOSURE = "CASE_CLOSURE";

    /**
     * A letter to make: the template, the child it is about (their UPN; may be left out when the case has one child)
     * and the meeting it invites to, when the template names one.
     */
    public record Order(String templateCode, String upn, Meeting meeting) {
    }

    /** The meeting a letter invites to (an AIM invitation); any part may be left out. */
    public record Meeting(LocalDate date, String time, String place) {
    }

    @EJB
    Letters letters;

    @EJB
    LetterTemplates templates;

    @Inject
    CaseContext context;

    @Inject
    CaseLetterFields fields;

    @Inject
    Clock clock;

    /** Makes the letter from the case's records and keeps it with the case. */
    public LetterView make(long caseId, Order order) {
        String code = order == null || order.templateCode() == null ? "" : order.templateCode().strip();
        CaseContext.Loaded loaded = code.equals(CASE_CLOSURE) ? worksEvenClosed(caseId) : context.working(caseId);
        if (code.isEmpty()) {
            throw new InvalidInputException("templateCode", "Say which letter to make, e.g. {\"templateCode\":"
                    + " \"ATTENDANCE_LETTER_1\"} (with \"upn\" for a family case and \"meeting\" for an invitation)");
        }
        CaseFile c = loaded.file();
        List<TemplateView> all = templates.forLetters();
        TemplateView template = all.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("templateCode", "There is no letter template " + code
                        + "; the templates are " + String.join(", ", all.stream().map(TemplateView::code).toList())));
        PupilRef child = childOf(loaded, order.upn());
        if (template.body().contains(LetterField.MEETING_DATE.placeholder())
                && (order.meeting() == null || order.meeting().date() == null)) {
            throw new InvalidInputException("meeting.date", template.name() + " invites to a meeting: give the"
                    + " meeting's date (and its time and place)");
        }
        if (order.meeting() != null && order.meeting().date() != null
                && order.meeting().date().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("meeting.date", "The meeting (" + order.meeting().date()
                    + ") is in the past; a letter invites to a meeting to come");
        }
        Map<String, String> values = fields.of(c, child, loaded.caller().username(), order.meeting() == null ? null
                : new CaseLetterFields.Meeting(order.meeting().date(), order.meeting().time(), order.meeting().place()));
        return letters.generate(new LetterRequest(c.id(), child.id(), code, values));
    }

    /** The case's letters, oldest first. */
    public List<LetterView> ofCase(long caseId) {
        reading(caseId);
        return letters.ofCase(caseId);
    }

    public LetterView letter(long letterId) {
        LetterView letter = letters.letter(letterId);
        readingLetter(letter);
        return letter;
    }

    /** The letter's PDF (the download is a read in the audit trail). */
    public LetterPdf pdf(long letterId) {
        readingLetter(letters.letter(letterId));
        return letters.pdf(letterId);
    }

    /**
     * Records how and when the letter went; {@code version} (the one read) is needed to correct a letter already
     * marked, and checked whenever it is given.
     */
    public LetterView markSent(long letterId, SentMethod method, LocalDate on, Long version) {
        requireMarks(letterId);
        return version == null ? letters.markSent(letterId, method, on)
                : letters.markSent(letterId, method, on, version);
    }

    /**
     * Whether the caller may mark the letter as sent (works its case, open or closed), before anything they sent is
     * read: 404 for a letter of a case they cannot read, 403 for one they may not work.
     */
    public void requireMarks(long letterId) {
        LetterView letter = letters.letter(letterId);
        if (letter.caseId() == null) {
            throw new NotVisibleException("Letter " + letterId); // not a case's letter (a penalty notice's: legal's)
        }
        try {
            worksEvenClosed(letter.caseId());
        } catch (NotVisibleException e) {
            throw new NotVisibleException("Letter " + letterId);
        }
    }

    /**
     * Reads the case (404 for a case the caller does not read, including a school lead who sees only its status,
     * unless the lead works it: their own pupil's case at a level school leads work).
     */
    private CaseContext.Loaded reading(long caseId) {
        return reading(caseId, "case " + caseId);
    }

    /** As {@link #reading(long)}, for something of the case ({@code subject}, e.g. "letter 9"), refused as that. */
    private CaseContext.Loaded reading(long caseId, String subject) {
        CaseContext.Loaded loaded = context.readable(caseId, subject);
        if (!CaseAccess.reads(loaded.caller(), loaded.file(), loaded.children().values())
                && !CaseAccess.works(loaded.caller(), loaded.file(), loaded.children().values())) {
            context.refused(loaded.file(), subject, "a case the caller sees only the status of");
            throw new NotVisibleException(Character.toUpperCase(subject.charAt(0)) + subject.substring(1));
        }
        return loaded;
    }

    private void readingLetter(LetterView letter) {
        if (letter.caseId() == null) {
            throw new NotVisibleException("Letter " + letter.id()); // not a case's letter (a penalty notice's: legal's)
        }
        reading(letter.caseId(), "letter " + letter.id());
    }

    /** Reads the case and may work its level, open or closed. */
    private CaseContext.Loaded worksEvenClosed(long caseId) {
        CaseContext.Loaded loaded = reading(caseId);
        if (!CaseAccess.works(loaded.caller(), loaded.file(), loaded.children().values())) {
            throw new AccessDeniedException("Level " + loaded.file().level().code() + " is worked by "
                    + loaded.file().level().workedBy() + "; you may read this case's letters but not make or send them");
        }
        return loaded;
    }

    private static PupilRef childOf(CaseContext.Loaded loaded, String upn) {
        Map<Long, PupilRef> children = loaded.children();
        if (upn == null || upn.isBlank()) {
            if (children.size() == 1) {
                return children.values().iterator().next();
            }
            throw new InvalidInputException("upn", "Case " + loaded.file().id() + " is about " + children.size()
                    + " children: say which child the letter is about (their UPN)");
        }
        return children.values().stream().filter(child -> child.upn().equalsIgnoreCase(upn.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("upn", "Pupil " + upn + " is not a child of case "
                        + loaded.file().id() + "; its children are " + String.join(", ", children.values().stream()
                        .map(PupilRef::upn).toList())));
    }
}

package uk.gov.pathway.kernel.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/** The letter templates: council staff list them to choose a letter; the administrator reads and edits their words. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class LetterTemplates {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    AccessControl access;

    @Inject
    Clock clock;

    @Inject
    LetterRenderer renderer;

    @Inject
    Event<AuditEvent> audit;

    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    public List<TemplateView> all() {
        return em.createNamedQuery(LetterTemplate.ALL, LetterTemplate.class).getResultStream().map(TemplateView::of)
                .toList();
    }

    /**
     * The templates a case's letter is made from, for those who make letters: a school lead working their pupil's case
     * too, who does not read the templates as configuration.
     */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
            Roles.SCHOOL_ATTENDANCE_LEAD})
    public List<TemplateView> forLetters() {
        return em.createNamedQuery(LetterTemplate.ALL, LetterTemplate.class).getResultStream().map(TemplateView::of)
                .toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
            Roles.EARLY_HELP_WORKER})
    public TemplateView template(String code) {
        return TemplateView.of(find(code));
    }

    /**
     * Saves new words for the template as read at {@code version} (409 if someone saved it since). A placeholder that
     * is not a {@link LetterField} is refused, naming it and its line.
     */
    public TemplateView save(String code, String name, String body, long version) {
        LetterTemplate template = find(code);
        if (template.version() != version) {
            throw new OptimisticLockException("Letter template " + code + " changed since version " + version);
        }
        renderer.check(body);
        template.revise(name == null ? template.name() : name, body, access.caller().username(), clock.instant());
        em.flush();
        audit.fire(AuditEvent.change(null, "letter template " + template.code(), "words of " + template.name()
                + " saved as version " + template.version()));
        return TemplateView.of(template);
    }

    /** The words as a PDF letter filled with fictional examples of every field, whether saved or not. */
    public byte[] preview(String name, String body) {
        return renderer.preview(name == null || name.isBlank() ? "Preview" : name, body, LocalDate.now(clock));
    }

    private LetterTemplate find(String code) {
        LetterTemplate template = code == null ? null : em.find(LetterTemplate.class, code);
        if (template == null) {
            throw new NotVisibleException("Letter template " + code);
        }
        return template;
    }
}

package uk.gov.pathway.kernel.deadlines;

import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * Who staff are for the e-mails deadlines send and the letters they sign: full name, address, telephone and manager. Staff the directory does not list get
 * {@code username@pathway.mail.domain} and the manager {@code pathway.manager}.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffDirectory {

    /** A member of staff as the directory answers; {@code listed} when the directory holds them. */
    public record Contact(String username, String fullName, String email, String phone, String manager,
                          boolean listed) {
    }

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    Event<AuditEvent> audit;

    @PermitAll
    public Contact contactOf(String username) {
        StaffContact listed = em.find(StaffContact.class, username);
        DeadlineSettings settings = DeadlineSettings.configured();
        if (listed == null) {
            return new Contact(username, username, username + "@" + settings.mailDomain(), null,
                    settings.fallbackManager(), false);
        }
        return new Contact(listed.username(), listed.fullName(), listed.email(), listed.phone(),
                listed.manager() == null ? settings.fallbackManager() : listed.manager(), true);
    }

    /** Adds or corrects one member of staff. */
    public Contact save(String username, String fullName, String email, String phone, String manager) {
        if (username != null && username.equals(manager)) {
            throw new InvalidInputException("manager", username + " cannot be their own manager");
        }
        StaffContact contact = em.find(StaffContact.class, username == null ? "" : username);
        String before = contact == null ? "not listed" : describe(contact);
        if (contact == null) {
            contact = new StaffContact(username, fullName, email, phone, manager);
            em.persist(contact);
        } else {
            contact.update(fullName, email, phone, manager);
        }
        audit.fire(AuditEvent.change(null, "staff directory " + username, before + " -> " + describe(contact)));
        return contactOf(username);
    }

    private static String describe(StaffContact c) {
        return "{" + c.fullName() + ", " + c.email() + ", phone " + c.phone() + ", manager " + c.manager() + "}";
    }

    public List<Contact> all() {
        return em.createNamedQuery(StaffContact.ALL, StaffContact.class).getResultList().stream()
                .map(c -> contactOf(c.username())).toList();
    }
}

package uk.gov.pathway.registration.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditTrail;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.control.PupilRepository;
import uk.gov.pathway.registration.control.RegistrationEvents;
import uk.gov.pathway.registration.entity.Carer;
import uk.gov.pathway.registration.entity.CarerLink;
import uk.gov.pathway.registration.entity.Enrolment;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.Relationship;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** A child's family: their parents and carers, and their siblings (children who share a carer), at any school. */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class Families {

    public record CarerView(long carerId, String forename, String surname, String relationship,
                            boolean parentalResponsibility, boolean livesWith, String phone, String email,
                            String address, String postcode) implements Serializable {
        static CarerView of(CarerLink link) {
            Carer c = link.carer();
            return new CarerView(c.id(), c.forename(), c.surname(), link.relationship().name(),
                    link.parentalResponsibility(), link.livesWith(), c.phone(), c.email(), c.address(), c.postcode());
        }
    }

    /** A sibling the caller may see, with the school they are on roll at today. */
    public record SiblingView(String upn, String forename, String surname, String laestab, String schoolName) implements Serializable {
    }

    public record FamilyView(String upn, List<CarerView> carers, List<SiblingView> siblings) implements Serializable {
    }

    /** A carer to add: new (names and contact), or an existing carer of a sibling ({@code carerId}). */
    public record NewCarer(Long carerId, String forename, String surname, String relationship,
                           boolean parentalResponsibility, boolean livesWith, String phone, String email,
                           String address, String postcode) {
    }

    @EJB
    AuditTrail trail;

    @EJB
    PupilRegister pupils;

    @EJB
    AccessControl access;

    @Inject
    PupilRepository repository;

    @Inject
    Clock clock;

    @Inject
    RegistrationEvents events;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** {@link #family(UniquePupilNumber)} for a UPN as written (400 naming "upn" when it is not one). */
    public FamilyView family(String upn) {
        return family(PupilDirectory.upn(upn));
    }

    public FamilyView family(UniquePupilNumber upn) {
        Pupil pupil = pupils.visible(upn);
        List<CarerLink> links = em.createNamedQuery(CarerLink.OF_PUPIL, CarerLink.class).setParameter("pupil", pupil)
                .getResultList();
        AccessScope scope = access.caller().pupilScope();
        LocalDate today = LocalDate.now(clock);
        List<Pupil> visibleSiblings = repository.siblingsOf(pupil).stream()
                .filter(sibling -> repository.visible(sibling, scope, today)).toList();
        events.read(pupil, "family: " + links.size() + " parents and carers, " + visibleSiblings.size() + " siblings");
        for (Pupil sibling : visibleSiblings) {
            events.read(sibling, "name and school, as a sibling of pupil " + upn.value());
        }
        return new FamilyView(upn.value(), links.stream().map(CarerView::of).toList(),
                visibleSiblings.stream().map(sibling -> sibling(sibling, today)).toList());
    }

    /** {@link #addCarer(UniquePupilNumber, NewCarer)} for a UPN as written (400 naming "upn" when it is not one). */
    public CarerView addCarer(String upn, NewCarer carer) {
        return addCarer(PupilDirectory.upn(upn), carer);
    }

    /** Links a carer to the child, creating the carer unless an existing one (a sibling's) is named. */
    public CarerView addCarer(UniquePupilNumber upn, NewCarer carer) {
        Pupil pupil = pupils.visible(upn);
        Relationship relationship;
        try {
            relationship = Relationship.valueOf(carer.relationship() == null ? "" : carer.relationship().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("relationship", "relationship must be one of MOTHER, FATHER, STEP_PARENT,"
                    + " GRANDPARENT, FOSTER_CARER, KINSHIP_CARER, OTHER; got '" + carer.relationship() + "'");
        }
        Carer existing;
        if (carer.carerId() != null) {
            existing = em.find(Carer.class, carer.carerId());
            if (existing == null || !caresForAVisibleChild(existing)) {
                if (existing != null) {
                    trail.refused(pupil.id(), "carer " + carer.carerId(), "a carer of no child the caller may see");
                }
                throw new NotVisibleException("Carer " + carer.carerId());
            }
        } else {
            try {
                existing = new Carer(carer.forename(), carer.surname());
                existing.contact(carer.phone(), carer.email(), carer.address(), carer.postcode());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("carer", e.getMessage());
            }
            em.persist(existing);
        }
        boolean alreadyLinked = em.createNamedQuery(CarerLink.OF_PUPIL, CarerLink.class).setParameter("pupil", pupil)
                .getResultStream().anyMatch(l -> l.carer().id() != null && l.carer().id().equals(existing.id()));
        if (alreadyLinked) {
            throw new InvalidInputException("carerId", "This carer is already linked to the child");
        }
        CarerLink link = new CarerLink(pupil, existing, relationship, carer.parentalResponsibility(), carer.livesWith());
        em.persist(link);
        em.flush();
        String what = existing.forename() + " " + existing.surname() + " added as " + relationshipWords(link)
                + (carer.carerId() != null ? ", already a carer of a sibling" : "");
        events.changed(pupil, "carer added (carer " + existing.id() + "): " + what);
        events.happened(pupil, clock.instant(), RegistrationEvents.CARER_ADDED, what, events.actor(access.caller()));
        return CarerView.of(link);
    }

    /** E.g. "mother, with parental responsibility, lives with the child". */
    private static String relationshipWords(CarerLink link) {
        return link.relationship().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (link.parentalResponsibility() ? ", with parental responsibility" : "")
                + (link.livesWith() ? ", lives with the child" : "");
    }

    private boolean caresForAVisibleChild(Carer carer) {
        AccessScope scope = access.caller().pupilScope();
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select l.pupil from CarerLink l where l.carer = :carer", Pupil.class)
                .setParameter("carer", carer).getResultStream().anyMatch(p -> repository.visible(p, scope, today));
    }

    private static SiblingView sibling(Pupil sibling, LocalDate today) {
        Enrolment current = sibling.enrolments().stream().filter(e -> e.covers(today)).findFirst()
                .orElse(sibling.enrolments().isEmpty() ? null : sibling.enrolments().get(sibling.enrolments().size() - 1));
        return new SiblingView(sibling.upn().value(), sibling.forename(), sibling.surname(),
                current == null ? null : current.school().laestab().value(), current == null ? null : current.school().name());
    }
}

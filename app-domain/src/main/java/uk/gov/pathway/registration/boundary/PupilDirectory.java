package uk.gov.pathway.registration.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.registration.entity.Enrolment;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.School;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Registration's answer to other modules that hold children by id (casework, panels, legal): who the child is and
 * where they are on roll today. The calling module has already decided the caller may see the record it belongs to;
 * {@link #visible(UniquePupilNumber)} is the check for a child named by UPN.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.LEGAL_OFFICER})
public class PupilDirectory {

    /** A child as another module shows them, with the school they are on roll at today (null when none). */
    public record PupilRef(long id, String upn, String forename, String surname, LocalDate dateOfBirth,
                           String yearGroup, String laestab, String schoolName, boolean schoolSla,
                           String schoolLinkOfficer) {
        public String name() {
            return forename + " " + surname;
        }
    }

    @EJB
    PupilRegister register;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The child named by UPN if the caller may see them (on roll at a school in their scope); otherwise 404. */
    public PupilRef visible(UniquePupilNumber upn) {
        return ref(register.visible(upn), LocalDate.now(clock));
    }

    /** The children with these ids, in the order given; unknown ids are left out. */
    public Map<Long, PupilRef> refs(Collection<Long> ids) {
        Map<Long, PupilRef> refs = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Pupil> found = new LinkedHashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("SELECT p FROM Pupil p WHERE p.id IN :ids", Pupil.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000))).getResultList()
                    .forEach(p -> found.put(p.id(), p));
        }
        for (Long id : ids) {
            Pupil pupil = found.get(id);
            if (pupil != null) {
                refs.put(id, ref(pupil, today));
            }
        }
        return refs;
    }

    public Optional<PupilRef> ref(long id) {
        return Optional.ofNullable(refs(List.of(id)).get(id));
    }

    static PupilRef ref(Pupil pupil, LocalDate today) {
        Optional<School> school = pupil.enrolments().stream().filter(e -> e.covers(today))
                .sorted(Comparator.comparing(Enrolment::dualRegistration)).map(Enrolment::school).findFirst();
        return new PupilRef(pupil.id(), pupil.upn().value(), pupil.forename(), pupil.surname(), pupil.dateOfBirth(),
                pupil.yearGroup().code(), school.map(s -> s.laestab().value()).orElse(null),
                school.map(School::name).orElse(null), school.map(School::tradedServiceSubscriber).orElse(false),
                school.map(School::linkOfficer).orElse(null));
    }
}

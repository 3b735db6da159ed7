package uk.gov.pathway.registration.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.registration.entity.Carer;
import uk.gov.pathway.registration.entity.CarerLink;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

@ApplicationScoped
public class PupilRepository {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public Optional<Pupil> byUpn(UniquePupilNumber upn) {
        return em.createNamedQuery(Pupil.BY_UPN, Pupil.class).setParameter("upn", upn).getResultStream().findFirst();
    }

    public List<Pupil> byUpns(List<UniquePupilNumber> upns) {
        return em.createNamedQuery(Pupil.BY_UPNS, Pupil.class).setParameter("upns", upns).getResultList();
    }

    /** Whether the scope covers a school the pupil is on roll at on the day. */
    public boolean visible(Pupil pupil, AccessScope scope, LocalDate day) {
        if (scope.allSchools()) {
            return true;
        }
        return pupil.enrolments().stream().anyMatch(e -> e.covers(day) && scope.covers(e.school().laestab()));
    }

    /** The pupil's brothers and sisters: other children who share a parent or carer with them, at any school. */
    public List<Pupil> siblingsOf(Pupil pupil) {
        List<Carer> carers = em.createNamedQuery(CarerLink.OF_PUPIL, CarerLink.class).setParameter("pupil", pupil)
                .getResultList().stream().map(CarerLink::carer).toList();
        if (carers.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(CarerLink.CHILDREN_OF, Pupil.class).setParameter("carers", carers)
                .setParameter("pupil", pupil).getResultList();
    }

    public void add(Pupil pupil) {
        em.persist(pupil);
    }

    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}

package uk.gov.pathway.registration.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.audit.PupilNumbers;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** Registration's answer to the audit trail's question: which pupil has this UPN, and which UPN has this pupil. */
@ApplicationScoped
public class PupilNumberDirectory implements PupilNumbers {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Override
    public Optional<Long> idOf(String upn) {
        UniquePupilNumber number;
        try {
            number = UniquePupilNumber.of(upn);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("upn", "upn '" + upn + "' is not a UPN: " + e.getMessage());
        }
        return em.createQuery("select p.id from Pupil p where p.upn = :upn", Long.class).setParameter("upn", number)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, String> upnsOf(Collection<Long> pupilIds) {
        Map<Long, String> upns = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return upns;
        }
        for (Object[] row : em.createQuery("select p.id, p.upn from Pupil p where p.id in :ids", Object[].class)
                .setParameter("ids", pupilIds).getResultList()) {
            upns.put((Long) row[0], ((UniquePupilNumber) row[1]).value());
        }
        return upns;
    }
}

package uk.gov.pathway.casework.control;

import static uk.gov.pathway.kernel.persistence.BatchReading.BATCH;
import static uk.gov.pathway.kernel.persistence.BatchReading.BATCH_TYPE;
import static uk.gov.pathway.kernel.persistence.BatchReading.IN;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.chronology.CaseLineAccess;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/** Casework's answer to the chronology: a case's lines show to those who read the case ({@link CaseAccess#reads}). */
@Dependent
public class CaseLinesAccess implements CaseLineAccess {

    @EJB
    AccessControl access;

    @EJB
    PupilDirectory directory;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Override
    public Set<Long> readable(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        Caller caller = access.caller();
        if (caller.has(Role.SAS_MANAGER)) {
            return Set.copyOf(caseIds);
        }
        if (!caller.hasAny(Role.STATUTORY_OFFICER, Role.TRADED_OFFICER, Role.EARLY_HELP_WORKER)) {
            return Set.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        List<CaseFile> cases = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            cases.addAll(em.createQuery("SELECT c FROM CaseFile c WHERE c.id IN :ids", CaseFile.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setHint(BATCH, "c.pupilIds").setHint(BATCH_TYPE, IN).getResultList());
        }
        Set<Long> pupilIds = new HashSet<>();
        cases.forEach(c -> pupilIds.addAll(c.pupilIds()));
        Map<Long, PupilRef> refs = directory.refs(pupilIds);
        Set<Long> readable = new HashSet<>();
        for (CaseFile c : cases) {
            List<PupilRef> children = c.pupilIds().stream().map(refs::get).filter(java.util.Objects::nonNull).toList();
            if (CaseAccess.reads(caller, c, children)) {
                readable.add(c.id());
            }
        }
        return readable;
    }
}

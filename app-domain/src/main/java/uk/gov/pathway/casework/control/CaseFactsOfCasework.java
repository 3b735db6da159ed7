package uk.gov.pathway.casework.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.Contact;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.casework.entity.InterviewUnderCaution;
import uk.gov.pathway.casework.entity.Plan;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.cases.CaseFacts;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/** Casework's answer to the kernel port {@link CaseFacts}: a case's facts for panels, and who works it. */
@Dependent
public class CaseFactsOfCasework implements CaseFacts {

    @EJB
    AccessControl access;

    @EJB
    PupilDirectory directory;

    @EJB
    uk.gov.pathway.kernel.audit.AuditTrail trail;

    @jakarta.inject.Inject
    CaseEvidence evidence;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Override
    public Optional<Fact> of(long caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        if (c == null) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            labels.put(kind.name(), kind.label());
        }
        evidence.recorded(caseId).forEach((kind, count) -> counts.put(kind.name(), count));
        List<String> contacts = new ArrayList<>();
        for (Contact contact : em.createNamedQuery(Contact.OF_CASE, Contact.class).setParameter("caseId", caseId)
                .getResultList()) {
            contacts.add(contact.occurredOn() + " " + contact.kind().label() + ": " + contact.summary());
        }
        List<Action> actions = new ArrayList<>();
        for (Plan plan : em.createNamedQuery(Plan.OF_CASE, Plan.class).setParameter("caseId", caseId).getResultList()) {
            plan.actions().forEach(a -> actions.add(new Action(a.description(), a.ownerName(), a.dueOn(), a.doneOn())));
        }
        List<Interview> interviews = em.createNamedQuery(InterviewUnderCaution.OF_CASE, InterviewUnderCaution.class)
                .setParameter("caseId", caseId).getResultList().stream()
                .map(i -> new Interview(i.carerId(), i.interviewedOn(), i.place(), i.present(), i.caution(),
                        i.account(), i.recordingReference())).toList();
        return Optional.of(new Fact(c.id(), c.level().code(), c.level().name(), c.status().name(), c.officer(),
                c.reason(), c.openedOn(), List.copyOf(c.pupilIds()), counts, labels, contacts, actions, interviews));
    }

    @Override
    public boolean works(long caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        if (c == null) {
            throw new NotVisibleException("Case " + caseId);
        }
        Caller caller = access.caller();
        Map<Long, PupilRef> refs = directory.refs(c.pupilIds());
        if (!CaseAccess.seesStatus(caller, c, refs.values())) {
            for (Long pupilId : c.pupilIds()) {
                trail.refused(pupilId, "case " + caseId, "not a case the caller may see");
            }
            throw new NotVisibleException("Case " + caseId);
        }
        return c.open() && CaseAccess.works(caller, c, refs.values());
    }
}

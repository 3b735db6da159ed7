package uk.gov.pathway.web.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.letters.LetterRequest;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.kernel.letters.Letters;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Deployed with LettersApiIT only: makes a letter the way casework will (its POST /cases/{id}/letters is casework's to
 * build) as the signed-in caller, and tells which chronology entries and audit events the letters announced.
 */
@Path("it-fixture")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterFixture {

    /** The pupil by UPN, or a pupil id as given. */
    public record Make(String upn, Long pupilId, long caseId, String templateCode, Map<String, String> fields) {
    }

    @ApplicationScoped
    public static class Announcements {
        private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        void chronology(@Observes ChronologyEntry entry) {
            seen.add("chronology " + entry.kind() + " pupil " + entry.pupilId() + " case " + entry.caseId() + " by "
                    + entry.actor() + ": " + entry.summary());
        }

        void audit(@Observes AuditEvent event) {
            seen.add("audit " + event.action() + " pupil " + event.pupilId() + " " + event.subject() + ": " + event.detail());
        }

        List<String> seen() {
            return List.copyOf(seen);
        }
    }

    @EJB
    Letters letters;

    @Inject
    Announcements announcements;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @POST
    @Path("letters")
    public LetterView make(Make make) {
        long pupilId = make.pupilId() != null ? make.pupilId()
                : em.createNamedQuery(Pupil.BY_UPN, Pupil.class).setParameter("upn", UniquePupilNumber.of(make.upn()))
                .getSingleResult().id();
        return letters.generate(new LetterRequest(make.caseId(), pupilId, make.templateCode(), make.fields()));
    }

    @GET
    @Path("announcements")
    public List<String> announcements() {
        return announcements.seen();
    }
}

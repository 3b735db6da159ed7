package uk.gov.pathway.integration.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.boundary.PenaltyNoticeWork;

/** The demo's request waiting: Riverside Primary's attendance lead asks for a notice for a pupil meeting the threshold. */
@Stateless
@RunAs(Roles.SCHOOL_ATTENDANCE_LEAD)
@RunAsPrincipal("school-lead-9991001")
@PermitAll
public class DemoPenaltyNoticeRequests {

    private static final Logger LOG = Logger.getLogger(DemoPenaltyNoticeRequests.class.getName());

    @EJB
    PenaltyNoticeWork work;

    @Inject
    Clock clock;

    public void load() {
        LocalDate today = SystemClock.today(clock);
        for (PenaltyNoticeWork.Eligible pupil : work.eligible(today, DemoPenaltyNotices.SCHOOL)) {
            List<String> sessions = work.thresholdSessions(pupil.upn(), today);
            work.request(new PenaltyNoticeWork.NewRequest(pupil.upn(), sessions,
                    "Demo: attendance letter 1 and letter 2 sent", "Demo: leave asked for and refused in writing",
                    "Demo: a meeting with the family and a morning routine plan"));
            LOG.info("Demo council: a request for a penalty notice for " + pupil.upn() + " waits for the council");
            return;
        }
    }
}

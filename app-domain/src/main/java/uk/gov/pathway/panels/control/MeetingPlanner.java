package uk.gov.pathway.panels.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.panels.entity.MeetingCadence;
import uk.gov.pathway.panels.entity.Panel;
import uk.gov.pathway.panels.entity.PanelMeeting;

/**
 * Plans each panel's meetings ahead from its cadence (its plan-ahead weeks), on school days of the council's calendar:
 * a nominal date that is not a school day moves to the next school day. Planning again plans nothing twice (one meeting
 * per nominal date). Called by {@link MeetingPlanning}'s persistent timer and when a test server's clock moves.
 */
@Stateless
@PermitAll
public class MeetingPlanner {

    public static final String PLANNER = "system";

    @EJB
    SchoolCalendarService calendars;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The meetings planned now, for every panel with a cadence. */
    public List<PanelMeeting> planAhead() {
        LocalDate today = SystemClock.today(clock);
        SchoolCalendar calendar = calendars.calendar();
        SchoolTimeline timeline = SchoolTimeline.ofCouncil(calendar);
        List<PanelMeeting> planned = new ArrayList<>();
        for (Panel panel : em.createQuery("SELECT p FROM Panel p ORDER BY p.code", Panel.class).getResultList()) {
            MeetingCadence cadence = panel.cadence().orElse(null);
            if (cadence == null || panel.planAheadWeeks() < 1) {
                continue;
            }
            for (MeetingCadence.Planned next : cadence.between(today, today.plusWeeks(panel.planAheadWeeks()),
                    timeline::isSchoolDay, calendar::isConfigured)) {
                boolean exists = !em.createNamedQuery(PanelMeeting.NOMINAL, PanelMeeting.class)
                        .setParameter("panel", panel.code()).setParameter("nominal", next.nominal())
                        .getResultList().isEmpty();
                if (exists) {
                    continue;
                }
                LocalDate papersDue = MeetingCadence.papersDue(timeline::isSchoolDay, calendar::isConfigured,
                        next.date());
                PanelMeeting meeting = new PanelMeeting(panel.code(), next.date(), next.nominal(), panel.meetingTime(),
                        panel.meetingPlace(), papersDue, PLANNER);
                em.persist(meeting);
                planned.add(meeting);
            }
        }
        em.flush();
        return planned;
    }
}

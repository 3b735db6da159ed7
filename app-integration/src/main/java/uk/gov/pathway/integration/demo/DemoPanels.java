package uk.gov.pathway.integration.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import uk.gov.pathway.casework.boundary.CaseRow;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.panels.boundary.PanelRecords;
import uk.gov.pathway.panels.boundary.Panels;
import uk.gov.pathway.registration.boundary.SchoolAttendance;

/**
 * The demo council's panels, through the panels boundary as the service manager (who may run every panel): a CLAAG
 * meeting next week with cases on its agenda (their papers ready), a past CLAAG with an educational neglect decision
 * and the MASH's outcome, a Fair Access managed move in its trial, a pre-proceedings decision to prosecute. Runs after
 * the demo's casework; a step that cannot be made is logged and the rest go on.
 */
@Stateless
@RunAs(Roles.SAS_MANAGER)
@RunAsPrincipal("sas-manager")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPanels {

    private static final Logger LOG = Logger.getLogger(DemoPanels.class.getName());

    @EJB
    Panels panels;

    @EJB
    Cases cases;

    @EJB
    SchoolAttendance attendance;

    @EJB
    SchoolCalendarService calendars;

    @Inject
    Clock clock;

    public void load() {
        LocalDate today = LocalDate.now(clock);
        SchoolCalendar calendar = calendars.calendar();
        SchoolTimeline timeline = SchoolTimeline.ofCouncil(calendar);
        List<CaseSummary> open = byAttendance(cases.openCaseRows().stream().map(CaseRow::summary)
                .filter(c -> c.children().size() == 1).toList());
        if (open.size() < 6) {
            LOG.warning("Demo panels: only " + open.size() + " open cases; no panel data loaded");
            return;
        }
        int loaded = 0;
        // a past CLAAG: educational neglect for the child who attends least, the MASH agreeing
        loaded += step("past CLAAG", () -> {
            LocalDate held = schoolDayOnOrBefore(timeline, calendar, today.minusWeeks(2));
            long meeting = panels.planMeeting("CLAAG", held, "10:00", "Council offices, meeting room 2").id();
            long caseId = open.get(0).id();
            list(meeting, "CLAAG", caseId, "Attendance far below 75% and no engagement with Early Help");
            panels.attendance(meeting, present("claag-chair", "claag-member"));
            PanelRecords.DecisionView decision = panels.decide(meeting, new PanelRecords.DecisionRequest(caseId,
                    "EDUCATIONAL_NEGLECT", "Every agency has tried; the family does not engage and the child's"
                    + " attendance keeps falling", Map.of("NO_REASONS_FOR_ABSENCE", "No reason given for most"
                    + " absences this term", "SUPPORT_NOT_TAKEN_UP", "Early Help offered twice and declined"),
                    true, null, null, null, null, null, null, null, null, List.of(new PanelRecords.ActionDraft(
                    "Refer the family through the MARF, as the CLAAG recommended", "School attendance lead",
                    timeline.afterSchoolDays(held, 5))), null, null));
            panels.mashOutcome(decision.id(), "AGREES", null, "MASH assessment opened; a family support worker"
                    + " is allocated");
        });
        // next week's CLAAG with two cases on its agenda
        loaded += step("next CLAAG", () -> {
            LocalDate monday = today.plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
            LocalDate nextWeek = schoolDayOnOrAfter(timeline, calendar, monday.plusDays(1));
            long meeting = panels.upcoming().stream().filter(m -> m.panel().equals("CLAAG")
                    && !m.date().isBefore(monday) && m.date().isBefore(monday.plusDays(5)))
                    .map(PanelRecords.MeetingRow::id).findFirst()
                    .orElseGet(() -> panels.planMeeting("CLAAG", nextWeek, "10:00", null).id());
            list(meeting, "CLAAG", open.get(1).id(), "Drift: no agency has seen the family for six weeks");
            list(meeting, "CLAAG", open.get(2).id(), "Persistent absence despite an AIM and a parenting contract");
            panels.publish(meeting);
        });
        // a Fair Access managed move, its trial running
        loaded += step("Fair Access", () -> {
            LocalDate held = schoolDayOnOrBefore(timeline, calendar, today.minusWeeks(1));
            long meeting = panels.planMeeting("FAIR_ACCESS", held, "14:00", null).id();
            long caseId = open.get(3).id();
            list(meeting, "FAIR_ACCESS", caseId, "In-year: at risk of permanent exclusion; a fresh start agreed");
            panels.attendance(meeting, present("sas-manager", "fap-member"));
            panels.decide(meeting, new PanelRecords.DecisionRequest(caseId, "MANAGED_MOVE", "A six-week trial at"
                    + " Hillcrest Academy with dual registration; reviewed at its end", Map.of(), null, null, null,
                    null, null, null, null, null, "9991002", List.of(new PanelRecords.ActionDraft(
                    "Review the managed move's trial", "Fair Access coordinator", timeline.afterSchoolDays(held, 30))), null, null));
        });
        // a pre-proceedings decision to prosecute under s444(1)
        loaded += step("pre-proceedings", () -> {
            LocalDate held = schoolDayOnOrBefore(timeline, calendar, today.minusDays(3));
            long meeting = panels.planMeeting("PRE_PROCEEDINGS", held, "11:00", null).id();
            long caseId = open.get(4).id();
            list(meeting, "PRE_PROCEEDINGS", caseId, "No improvement after a parenting contract and a notice to"
                    + " improve");
            panels.attendance(meeting, present("sas-manager", "preproceedings-member", "preproceedings-solicitor"));
            panels.decide(meeting, new PanelRecords.DecisionRequest(caseId, "PROSECUTE_444_1", "The school and the"
                    + " agencies gave no reason not to proceed", Map.of(), null, true, "An Education Supervision Order"
                    + " was considered: the family refused every direction of the last one", true, "Certified"
                    + " register, letters sent and notes of meetings", true, "Attendance below 50% for two terms;"
                    + " no mitigating circumstances", null, null, List.of(), null, null));
        });
        LOG.info("Demo panels: " + loaded + " of 4 panel histories loaded");
    }

    private interface Step {
        void run();
    }

    private static int step(String what, Step step) {
        try {
            step.run();
            return 1;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo panels: the " + what + " could not be loaded", e);
            return 0;
        }
    }

    private void list(long meeting, String panel, long caseId, String reason) {
        long referral = panels.refer(panel, caseId, reason, "Demo: referred by the service manager").id();
        panels.list(meeting, referral);
    }

    private static List<PanelRecords.Present> present(String... people) {
        List<PanelRecords.Present> present = new ArrayList<>();
        for (String person : people) {
            present.add(new PanelRecords.Present(person, "PRESENT"));
        }
        return present;
    }

    /** The open one-child cases, the child attending least first (this academic year's figures from the marks). */
    private List<CaseSummary> byAttendance(List<CaseSummary> open) {
        Map<String, BigDecimal> percent = new HashMap<>();
        Map<String, Boolean> read = new LinkedHashMap<>();
        for (CaseSummary c : open) {
            String laestab = c.children().get(0).laestab();
            if (laestab != null && read.putIfAbsent(laestab, true) == null) {
                attendance.pupilsOf(new Laestab(laestab)).pupils().forEach(p -> percent.put(p.upn(),
                        p.figures().attendancePercent()));
            }
        }
        return open.stream().sorted(Comparator.comparing((CaseSummary c) -> percent.getOrDefault(
                c.children().get(0).upn(), BigDecimal.valueOf(100)), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static LocalDate schoolDayOnOrBefore(SchoolTimeline timeline, SchoolCalendar calendar, LocalDate day) {
        LocalDate d = day;
        while (calendar.isConfigured(d) && !timeline.isSchoolDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate schoolDayOnOrAfter(SchoolTimeline timeline, SchoolCalendar calendar, LocalDate day) {
        LocalDate d = day;
        while (calendar.isConfigured(d) && !timeline.isSchoolDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}

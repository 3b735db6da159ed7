package uk.gov.pathway.integration.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import uk.gov.pathway.casework.boundary.CaseDetail;
import uk.gov.pathway.casework.boundary.CaseLetters;
import uk.gov.pathway.casework.boundary.CaseRecords;
import uk.gov.pathway.casework.boundary.CaseRecords.ActionDraft;
import uk.gov.pathway.casework.boundary.CaseRecords.AssessmentDraft;
import uk.gov.pathway.casework.boundary.CaseRecords.ContactDraft;
import uk.gov.pathway.casework.boundary.CaseRecords.PlanDraft;
import uk.gov.pathway.casework.boundary.CaseRecords.ReviewDraft;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.casework.boundary.CaseWork;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.casework.boundary.DemoCaseHistories;
import uk.gov.pathway.casework.boundary.Referrals;
import uk.gov.pathway.kernel.letters.SentMethod;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolDayExceptions;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.registration.boundary.Families;

/**
 * The demo council's casework on the Knowsley model, worked by the service manager through the same services as the
 * screens: cases at every level with contacts, assessments, plans, actions and reviews (so the outcomes dashboard has
 * figures), a family case across two schools, a manager's override, unallocated and drifting cases, and the triage
 * of the school's referrals. Runs once the demo marks are in, because reviews compare attendance from the marks.
 */
@Stateless
@RunAs(Roles.SAS_MANAGER)
@RunAsPrincipal("sas-manager")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());
    private static final String RIVERSIDE = "9991001";
    private static final String HILLCREST = "9991002";
    private static final String MEADOWBANK = "9991003";
    private static final String PRIMARY_4 = "9991004";
    private static final String SECONDARY_6 = "9991006";
    private static final String PRIMARY_10 = "9991010";

    @EJB
    Cases cases;

    @EJB
    CaseWork work;

    @EJB
    Referrals referrals;

    @EJB
    CaseLetters letters;

    @EJB
    Families families;

    @EJB
    DemoReferrals schoolLead;

    @EJB
    SchoolCalendarService calendars;

    @EJB
    DemoCaseHistories backdating;

    @Inject
    Clock clock;

    private static final String[] PARENT_NAMES = {"Dana", "Kit", "Rene", "Lou", "Sasha", "Ari"};

    @EJB
    PupilDirectory directory;

    private int parentsAdded;
    private SchoolDays days;
    private LocalDate today;

    public void load() {
        days = calendars.calendar().forSchool(SchoolDayExceptions.NONE);
        today = LocalDate.now(clock);
        universalActionWithAReview();
        earlyInterventionAfterAnAttendanceImprovementMeeting();
        familyAcrossTwoSchools();
        steppedUpByTheManagersOverride();
        closedAfterImprovement();
        closedWhenTheFamilyDidNotEngage();
        unallocated();
        drifting();
        triageOfReferrals();
        LOG.info("Demo council: casework loaded (cases at every Knowsley level, reviews, referrals)");
    }

    private void universalActionWithAReview() {
        long id = open(List.of(upn(RIVERSIDE, 5)), "L1", "Attendance 91% this term; late most Mondays",
                "traded-officer", 30);
        contact(id, "PHONE_CALL", 29, "Called mother about lateness on Mondays", null, null);
        contact(id, "LETTER_TO_PARENT", 28, "Attendance concern letter sent home", null, null);
        long meeting = work.recordContact(id, meeting("SCHOOL_MEETING", 25,
                "Meeting in school with mother and the class teacher", "Mother; class teacher; attendance lead", 40),
                plan(25, "95", "Arrive by 8.50 every day", action("Morning check-in with the teaching assistant",
                        "PERSON", "Class teaching assistant", 10), action("Breakfast club place offered", "AGENCY",
                        "Riverside breakfast club", 5)));
        CaseDetail.ActionView first = work.detail(id).plans().get(0).actions().get(0);
        work.actionDone(id, first.id(), ago(18), "Check-ins held daily since the meeting", first.version());
        long letter = letters.make(id, new CaseLetters.Order("ATTENDANCE_LETTER_1", null, null)).id();
        letters.markSent(letter, SentMethod.POST, today, null);
        work.recordReview(id, new ReviewDraft(ago(3), true, "I like the breakfast club", false,
                "CONTINUE", "Lateness reduced; keep the check-ins to the end of term"), null);
        LOG.fine("Demo case " + id + " with meeting " + meeting);
    }

    private void earlyInterventionAfterAnAttendanceImprovementMeeting() {
        long id = open(List.of(upn(RIVERSIDE, 6)), "L1", "Persistent absence: 84% this year, mostly illness",
                "traded-officer", 60);
        contact(id, "PHONE_CALL", 58, "Called father about repeated illness absence", null, null);
        contact(id, "LETTER_TO_PARENT", 57, "Letter on the importance of attendance", null, null);
        work.recordContact(id, meeting("SCHOOL_MEETING", 55, "Meeting in school with both parents",
                "Both parents; head of year; attendance lead", 45), plan(55, "92", "Attend every day unless a GP"
                        + " confirms illness", action("Ask the GP practice for a letter about the illness", "PERSON",
                        "Parents", 10)));
        contact(id, "HOME_VISIT", 50, "Home visit: child at home, parents worried about anxiety", null,
                null);
        contact(id, "EARLY_HELP_OFFERED", 49, "Early Help offered and accepted", null, null);
        work.recordAssessment(id, new AssessmentDraft(ago(48), "Anxiety about school; low mood in the mornings",
                "Falling behind in maths", "Waiting for a CAMHS appointment", null, "School feels too loud",
                "Breakfast club, check-ins", "Early Help Assessment"),
                List.of(new CaseRecords.NeededAssessment("EARLY_HELP_ASSESSMENT", ago(20), "Early help worker")));
        long needed = work.detail(id).assessmentsNeeded().get(0).id();
        work.completeAssessment(id, needed, ago(40), "Early Help Assessment completed with the family");
        cases.stepUp(id, null);
        work.recordContact(id, meeting("AIM_MEETING", 15, "Attendance Improvement Meeting",
                "Parents; traded officer; head of year", 55), plan(15, "90", "Full attendance for three weeks",
                action("Quiet space at break time", "AGENCY", "Riverside pastoral team", 5),
                action("Weekly call with the family on Fridays", "PERSON", "traded-officer", 15)));
        work.recordReview(id, new ReviewDraft(ago(1), true, "The quiet space helps", false,
                "CONTINUE", "Three-week AIM review: some improvement, continue the plan"), null);
    }

    private void familyAcrossTwoSchools() {
        String younger = upn(RIVERSIDE, 12);
        String older = upn(HILLCREST, 12);
        Families.CarerView carer = families.addCarer(younger, new Families.NewCarer(null, "Lee",
                "Fernhill", "FATHER", true, true, "01632 960999", "lee.fernhill@example.org", "7 Sample Lane, Demotown",
                "ZZ9 9ZZ"));
        families.addCarer(older, new Families.NewCarer(carer.carerId(), null, null, "FATHER",
                true, true, null, null, null, null));
        long id = open(List.of(younger, older), "L3", "Severe absence of both children (below 50%); AIM and TAF"
                + " actions have not improved attendance", "statutory-officer", 45);
        contact(id, "PENALTY_WARNING_LETTER", 43, "Warning notice to the father", null, null);
        work.recordAssessment(id, new AssessmentDraft(ago(42), "Father works nights; children get themselves to"
                + " school", "Both behind with reading", "Older child has untreated asthma", "Housing is"
                + " overcrowded", "I don't want to go without my brother", "AIM at Riverside, TAF meetings",
                "Family First support, school transport"),
                List.of(new CaseRecords.NeededAssessment("GRADED_CARE_PROFILE", ago(2), "Family First worker")));
        work.recordContact(id, meeting("TAF_MEETING", 40, "Team Around the Family meeting",
                "Father; both schools; Family First worker; school nurse", 60), plan(40, "90",
                "Both children in school every day", action("Walking bus place for the younger child", "AGENCY",
                        "Riverside walking bus", 5), action("Asthma review with the GP", "AGENCY", "GP practice",
                        20)));
        contact(id, "REFERRAL_TO_SERVICE", 35, "Referral to Family First", null, null);
        work.recordReview(id, new ReviewDraft(ago(2), false, "We want to go to school together", true,
                "CONTINUE", "Little improvement; consider legal measures at the next review"), null);
        letters.make(id, new CaseLetters.Order("ATTENDANCE_LETTER_2", older, new CaseLetters.Meeting(
                after(5), "10:00am", "Hillcrest, the family room")));
    }

    private void steppedUpByTheManagersOverride() {
        long id = open(List.of(upn(MEADOWBANK, 12)), "L3", "Severe absence; the family has stopped answering",
                "statutory-officer", 20);
        contact(id, "PENALTY_WARNING_LETTER", 18, "Warning notice sent", null, null);
        contact(id, "HOME_VISIT", 12, "Home visit: no answer, neighbours say the family is at home",
                null, null);
        cases.stepUp(id, "No contact from the family for three weeks: the risk to the child needs the statutory"
                + " response now");
    }

    private void closedAfterImprovement() {
        long id = open(List.of(upn(PRIMARY_4, 5)), "L1", "Attendance 90%: term-time holiday and lateness",
                "traded-officer", 70);
        work.recordContact(id, meeting("SCHOOL_MEETING", 65, "Meeting with mother about lateness",
                "Mother; attendance lead", 30), plan(65, "95", "On time every day", action("Alarm clock and a"
                        + " morning routine chart", "PERSON", "Mother", 5)));
        work.recordReview(id, new ReviewDraft(ago(10), true, null, false, "CLOSE",
                "Attendance back above 95% since the meeting"), "ATTENDANCE_IMPROVED");
        letters.make(id, new CaseLetters.Order(CaseLetters.CASE_CLOSURE, null, null));
    }

    private void closedWhenTheFamilyDidNotEngage() {
        long id = open(List.of(upn(SECONDARY_6, 6)), "L1", "Persistent absence in Year 9", "early-help-worker", 60);
        contact(id, "LETTER_TO_PARENT", 58, "Attendance concern letter", null, null);
        work.recordPlan(id, plan(50, "90", "Attend every lesson", action("Mentor meeting every week", "AGENCY",
                "School mentoring team", 10)));
        work.recordReview(id, new ReviewDraft(ago(8), false, "I don't see the point", true, "CLOSE",
                "Family declined further support; school to refer again if needed"), "FAMILY_DID_NOT_ENGAGE");
    }

    private void unallocated() {
        open(List.of(upn(MEADOWBANK, 6)), "L1", "Referred by Meadowbank: attendance 86%", null, 2);
        open(List.of(upn(PRIMARY_4, 6)), "L2", "Level 1 action has not improved attendance over six weeks", null, 1);
        open(List.of(upn(HILLCREST, 18)), "L1", "Attendance 89% and falling", null, 4);
        open(List.of(upn(PRIMARY_10, 6)), "L1", "Frequent Monday absence", null, 0);
    }

    private void drifting() {
        long waiting = open(List.of(upn(PRIMARY_10, 12)), "L1", "Severe absence since October",
                "early-help-worker", 40);
        contact(waiting, "PHONE_CALL", 38, "Called mother; she will come in next week", null, null);
        long quiet = open(List.of(upn(HILLCREST, 6)), "L2", "Persistent absence; AIM to arrange", "traded-officer",
                30);
        work.recordAssessment(quiet, new AssessmentDraft(ago(25), "Caring for a younger sibling in the mornings",
                null, null, "Young carer", null, "Letters from school", "Young carers' service"), List.of());
        open(List.of(upn(MEADOWBANK, 24)), "L1", "Attendance 88%; no reply to school letters", null, 16);
    }

    private void triageOfReferrals() {
        List<Referrals.ReferralView> sent = schoolLead.refer(List.of(upn(RIVERSIDE, 18), upn(RIVERSIDE, 24),
                upn(RIVERSIDE, 11), upn(RIVERSIDE, 16)));
        Referrals.ReferralView bereaved = sent.get(2);
        referrals.notSuitableNow(bereaved.id(), "Bereavement in the family last month: the school will support"
                + " the child and review", today.plusWeeks(4), bereaved.version());
        Referrals.ReferralView declined = sent.get(3);
        referrals.decline(declined.id(), "Attendance is 96%: the absence was one week's illness with a GP letter",
                declined.version());
    }

    private long open(List<String> upns, String level, String reason, String officer, int schoolDaysAgo) {
        upns.forEach(this::withAParent);
        CaseSummary opened = cases.open(new CaseRecords.NewCase(upns, level, reason, "Attendance lead, school",
                officer, "KNOWSLEY"));
        if (schoolDaysAgo > 0) {
            backdating.openedOn(opened.id(), ago(schoolDaysAgo));
        }
        return opened.id();
    }

    /** A child the demo council registered without a family gets a fictional parent, with an address for letters. */
    private void withAParent(String upn) {
        if (!families.family(upn).carers().isEmpty()) {
            return;
        }
        String surname = directory.visible(upn).surname();
        int n = parentsAdded++;
        families.addCarer(upn, new Families.NewCarer(null, PARENT_NAMES[n % PARENT_NAMES.length], surname,
                n % 3 == 2 ? "FATHER" : "MOTHER", true, true, "01632 9605" + String.format("%02d", n % 100), null,
                (n + 3) + " Sample Road, Demotown", "ZZ9 " + (n % 9) + "ZY"));
    }

    private void contact(long caseId, String kind, int schoolDaysAgo, String summary, String notes,
                         Integer minutes) {
        work.recordContact(caseId, new ContactDraft(kind, ago(schoolDaysAgo), summary, notes, null, null, minutes),
                null);
    }

    private ContactDraft meeting(String kind, int schoolDaysAgo, String summary, String attendees, int minutes) {
        return new ContactDraft(kind, ago(schoolDaysAgo), summary, "Minutes kept on the case", attendees, true,
                minutes);
    }

    private PlanDraft plan(int schoolDaysAgo, String target, String targets, ActionDraft... actions) {
        return new PlanDraft(ago(schoolDaysAgo), new BigDecimal(target), targets, true, true, List.of(actions));
    }

    private ActionDraft action(String description, String ownerKind, String owner, int dueInDays) {
        return new ActionDraft(description, ownerKind, owner, today.plusDays(dueInDays), null);
    }

    /** The school day this many school days before today (today itself for 0). */
    private LocalDate ago(int schoolDays) {
        LocalDate day = today;
        for (int left = schoolDays; left > 0; ) {
            day = day.minusDays(1);
            if (days.isSessionDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The school day this many school days after today (or a week on, where the calendar has no school days). */
    private LocalDate after(int schoolDays) {
        LocalDate day = today;
        for (int left = schoolDays; left > 0; ) {
            if (day.isAfter(today.plusDays(60))) {
                return today.plusWeeks(1);
            }
            day = day.plusDays(1);
            if (days.isSessionDay(day)) {
                left--;
            }
        }
        return day;
    }

    static String upn(String laestab, int serial) {
        return DemoPupils.upn(laestab, serial);
    }
}

package uk.gov.pathway.registration.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.registration.attendance.AbsenceBand;
import uk.gov.pathway.registration.attendance.ContinuousAbsence;
import uk.gov.pathway.registration.attendance.IllnessAbsence;
import uk.gov.pathway.registration.attendance.LocalThresholds;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.control.AttendanceWeeks;
import uk.gov.pathway.registration.control.RegistrationEvents;
import uk.gov.pathway.registration.control.SchoolRepository;

/** One school's pupils with their attendance this academic year: the school attendance lead's daily list. */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class SchoolAttendance {

    /**
     * A pupil on roll as the lead's list shows them: name (surname first), year, vulnerability flags (CiC, CP, CiN, YC,
     * FSM, SEN K or E), whether any makes them vulnerable, and their figures for the period.
     */
    public record PupilAttendance(String upn, String name, String yearGroup, String flags, boolean vulnerable,
                                  AttendanceFigures figures, String cohorts) implements Serializable {

        static PupilAttendance of(String upn, String forename, String surname, String yearGroup, String sen,
                                  boolean childInCare, boolean childProtectionPlan, boolean childInNeed,
                                  boolean youngCarer, boolean freeSchoolMeals, AttendanceFigures figures,
                                  String cohorts) {
            List<String> flags = new ArrayList<>();
            if (childInCare) {
                flags.add("CiC");
            }
            if (childProtectionPlan) {
                flags.add("CP");
            }
            if (childInNeed) {
                flags.add("CiN");
            }
            if (youngCarer) {
                flags.add("YC");
            }
            if (freeSchoolMeals) {
                flags.add("FSM");
            }
            if (!"N".equals(sen)) {
                flags.add("SEN " + sen);
            }
            boolean vulnerable = childInCare || childProtectionPlan || childInNeed || youngCarer || !"N".equals(sen);
            return new PupilAttendance(upn, surname + ", " + forename, yearGroup, String.join(", ", flags), vulnerable,
                    figures, cohorts);
        }
    }

    public record SchoolPupils(String laestab, LocalDate from, LocalDate to, List<PupilAttendance> pupils) implements Serializable {

        /** The school's attendance % over the period: all its pupils' sessions together. */
        public java.math.BigDecimal schoolAttendancePercent() {
            long possible = 0;
            long attended = 0;
            for (PupilAttendance pupil : pupils) {
                possible += pupil.figures().possibleSessions();
                attended += pupil.figures().presentSessions() + pupil.figures().approvedEducationalActivitySessions();
            }
            return AttendanceFigures.attendancePercent(attended, possible);
        }
    }

    @Inject
    AttendanceWeeks weeks;

    @Inject
    SchoolRepository schools;

    @EJB
    AccessControl access;

    @EJB
    SchoolCalendarService calendars;

    @Inject
    Clock clock;

    @Inject
    RegistrationEvents events;

    /** The pupils on roll at the school today, with their figures from the start of the academic year to today. */
    public SchoolPupils pupilsOf(Laestab school) {
        SchoolPupils pupils = onRoll(school);
        events.readMany("school " + school.value(), "pupils on roll with attendance, vulnerability and cohorts from "
                + pupils.from() + " to " + pupils.to() + " (" + pupils.pupils().size() + " pupils)");
        return pupils;
    }

    /** The school's attendance % this academic year to date: no child's record is shown, so nothing is audited. */
    public java.math.BigDecimal attendanceOf(Laestab school) {
        return onRoll(school).schoolAttendancePercent();
    }

    private SchoolPupils onRoll(Laestab school) {
        if (!access.caller().pupilScope().covers(school)) {
            throw new NotVisibleException("School " + school);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = calendars.calendar().academicYearStart(today);
        SchoolDays days = schoolDays(schoolId(school));
        LocalThresholds local = LocalThresholds.configured();
        List<PupilAttendance> list = new ArrayList<>();
        for (AttendanceWeeks.OnRoll p : weeks.onRoll(school, from, today)) {
            AttendanceFigures figures = AttendanceFigures.of(p.marks().stream().map(Mark::code).toList());
            list.add(PupilAttendance.of(p.upn(), p.forename(), p.surname(), yearGroupCode(p.yearGroup()),
                    sen(p.senStatus()), p.childInCare(), p.childProtectionPlan(), p.childInNeed(), p.youngCarer(),
                    p.freeSchoolMeals(), figures, cohorts(p.marks(), figures, today, days, local)));
        }
        return new SchoolPupils(school.value(), from, today, list);
    }

    /**
     * The cohorts a pupil is in today: below the early identification line, at or below the neglect indicator,
     * persistent or severe absence, newly persistent this week, 10 continuous school days unauthorised (possible child
     * missing education), 15 days of illness.
     */
    static String cohorts(List<Mark> marks, AttendanceFigures figures, LocalDate today, SchoolDays days,
                          LocalThresholds local) {
        List<String> cohorts = new ArrayList<>();
        if (local.earlyIdentification(figures)) {
            cohorts.add(Cohort.BELOW_EARLY_IDENTIFICATION.label());
        }
        if (local.neglectIndicator(figures)) {
            cohorts.add(Cohort.AT_OR_BELOW_NEGLECT_INDICATOR.label());
        }
        if (figures.band() != AbsenceBand.NONE) {
            cohorts.add(figures.band() == AbsenceBand.SEVERE ? Cohort.SEVERE.label() : Cohort.PERSISTENT.label());
            LocalDate weekAgo = today.minusDays(7);
            AttendanceFigures before = AttendanceFigures.of(marks.stream().filter(m -> !m.date().isAfter(weekAgo))
                    .map(Mark::code).toList());
            if (before.band() == AbsenceBand.NONE) {
                cohorts.add(Cohort.NEWLY_PERSISTENT.label());
            }
        }
        if (ContinuousAbsence.mustBeNotified(marks, today, days)) {
            cohorts.add(Cohort.CONTINUOUS_UNAUTHORISED.label());
        }
        if (IllnessAbsence.mustBeNotified(marks)) {
            cohorts.add(Cohort.ILLNESS.label());
        }
        return String.join(", ", cohorts);
    }

    /** The cohorts of the school lead's list, with the words the list shows. */
    public enum Cohort {
        BELOW_EARLY_IDENTIFICATION("Below 95%"),
        AT_OR_BELOW_NEGLECT_INDICATOR("75% or below"),
        PERSISTENT("Persistent"),
        SEVERE("Severe"),
        NEWLY_PERSISTENT("Newly persistent"),
        CONTINUOUS_UNAUTHORISED("10 days unauthorised"),
        ILLNESS("15 days illness");

        private final String label;

        Cohort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private long schoolId(Laestab school) {
        return schools.byLaestab(school).map(uk.gov.pathway.registration.entity.School::id).orElse(-1L);
    }

    private SchoolDays schoolDays(long schoolId) {
        return calendars.calendar().forSchool(calendars.exceptionsFor(schoolId));
    }

    private static String yearGroupCode(String stored) {
        return uk.gov.pathway.registration.entity.YearGroup.valueOf(stored).code();
    }

    private static String sen(String stored) {
        return uk.gov.pathway.registration.entity.SenStatus.valueOf(stored).code();
    }
}

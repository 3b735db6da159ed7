package uk.gov.pathway.registration.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.attendance.AbsencePatterns;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.attendance.PenaltyNoticeThreshold;
import uk.gov.pathway.registration.control.AttendanceStore;
import uk.gov.pathway.registration.control.AttendanceWeeks;
import uk.gov.pathway.registration.control.RegistrationEvents;
import uk.gov.pathway.registration.entity.Enrolment;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** A pupil's attendance: figures for any period and the penalty notice threshold on any date, within the caller's scope. */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD})
public class AttendanceRecord {

    /** The threshold looks back 10 school weeks; a year of marks always covers them, holidays included. */
    private static final int LOOK_BACK_DAYS = 366;

    @EJB
    PupilRegister pupils;

    @EJB
    AccessControl access;

    @Inject
    AttendanceStore store;

    @Inject
    AttendanceWeeks weeks;

    @EJB
    SchoolCalendarService calendars;

    @Inject
    RegistrationEvents events;

    @Inject
    Clock clock;

    /** From and to are inclusive; by default the current academic year to date. */
    public PupilFigures figures(UniquePupilNumber upn, LocalDate from, LocalDate to) {
        LocalDate[] period = period(from, to);
        LocalDate start = period[0];
        LocalDate end = period[1];
        // Council-wide callers need no scope check: pupil and marks come in one query, the figures endpoint's hot path.
        long pupilId;
        List<Mark> marks;
        if (access.caller().pupilScope().allSchools()) {
            AttendanceWeeks.PupilMarks read = weeks.marksOfUpn(upn.value(), start, end)
                    .orElseThrow(() -> new NotVisibleException("Pupil " + upn));
            pupilId = read.pupilId();
            marks = read.marks();
        } else {
            pupilId = pupils.visible(upn).id();
            marks = weeks.marks(pupilId, start, end);
        }
        events.read(pupilId, upn.value(), "attendance figures from " + start + " to " + end);
        List<AttendanceCode> codes = marks.stream().map(Mark::code).toList();
        return new PupilFigures(upn.value(), start, end, AttendanceFigures.of(codes));
    }

    /** The pupil's marks from {@code from} to {@code to}, in order of date and session. */
    public List<Mark> marks(UniquePupilNumber upn, LocalDate from, LocalDate to) {
        Pupil pupil = pupils.visible(upn);
        events.read(pupil, "attendance marks from " + from + " to " + to);
        return weeks.marks(pupil.id(), from, to);
    }

    /** How the pupil's absence falls from {@code from} to {@code to}: spells and weekdays. */
    public AbsencePatterns patterns(UniquePupilNumber upn, LocalDate from, LocalDate to) {
        LocalDate[] period = period(from, to);
        Pupil pupil = pupils.visible(upn);
        events.read(pupil, "absence patterns from " + period[0] + " to " + period[1]);
        return AbsencePatterns.of(weeks.marks(pupil.id(), period[0], period[1]));
    }

    /** Every mark of the pupil that a later import changed, oldest first. */
    public List<MarkChange> changes(UniquePupilNumber upn) {
        Pupil pupil = pupils.visible(upn);
        events.read(pupil, "history of changed marks");
        return store.changes(pupil.id()).stream().map(c -> new MarkChange(c.date(), c.session(), c.oldCode(),
                c.newCode(), c.jobId(), c.changedAt())).toList();
    }

    /** The period asked for, both days included: by default the current academic year to date. */
    private LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from != null ? from : calendars.calendar().academicYearStart(end);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "to (" + end + ") is before from (" + start + ")");
        }
        return new LocalDate[]{start, end};
    }

    public PenaltyNoticeThreshold.Evaluation threshold(UniquePupilNumber upn, LocalDate asOf) {
        Pupil pupil = pupils.visible(upn);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        SchoolCalendar calendar = calendars.calendar();
        LocalDate earliest = calendar.firstConfiguredDay().orElseThrow(() -> new InvalidInputException("asOf",
                        "The council's school calendar has no academic year yet: school weeks cannot be counted"));
        SchoolDays days = calendar.forSchool(calendars.exceptionsFor(schoolOn(pupil, day)));
        List<Mark> marks = weeks.marks(pupil.id(), day.minusDays(LOOK_BACK_DAYS), day);
        events.read(pupil, "penalty notice threshold as of " + day);
        return PenaltyNoticeThreshold.evaluate(marks, day, days, earliest);
    }

    /** The school whose calendar counts: the one the pupil was on roll at on the day, else the latest before it. */
    private static long schoolOn(Pupil pupil, LocalDate day) {
        return pupil.enrolments().stream().filter(e -> !e.startDate().isAfter(day))
                .max(Comparator.comparing((Enrolment e) -> e.covers(day)).thenComparing(Enrolment::startDate))
                .map(e -> e.school().id())
                .orElseGet(() -> pupil.enrolments().get(0).school().id());
    }
}

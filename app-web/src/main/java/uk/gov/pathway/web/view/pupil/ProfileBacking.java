package uk.gov.pathway.web.view.pupil;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.attendance.AbsencePatterns;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.attendance.PenaltyNoticeThreshold;
import uk.gov.pathway.registration.attendance.Session;
import uk.gov.pathway.registration.attendance.WeekMarks;
import uk.gov.pathway.registration.boundary.AttendanceRecord;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.SchoolAttendance;
import uk.gov.pathway.registration.boundary.PupilFigures;
import uk.gov.pathway.registration.boundary.PupilRegister;
import uk.gov.pathway.registration.boundary.PupilSummary;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** A pupil's profile: who they are, their figures this year, the threshold today, their register week by week. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** One school week of the register: Monday to Friday, AM and PM, and the week's attendance. */
    public record Week(LocalDate monday, String label, List<Day> days, AttendanceFigures figures) implements Serializable {
    }

    public record Day(Cell am, Cell pm) implements Serializable {
    }

    /** One session: its code, what it means, and a style for its kind (present, authorised, unauthorised, none). */
    public record Cell(String code, String meaning, String kind) implements Serializable {
        static final Cell NONE = new Cell("", "No mark", "none");

        static Cell of(AttendanceCode code) {
            String kind = code.countsAsAttendance() ? "present" : code.isUnauthorisedAbsence() ? "unauthorised"
                    : code.isAuthorisedAbsence() ? "authorised" : "notpossible";
            return new Cell(code.code(), code.description(), kind);
        }
    }

    @EJB
    PupilRegister pupils;

    @EJB
    AttendanceRecord attendance;

    @EJB
    Families families;

    private Families.FamilyView family;
    private String schoolAverage;

    @EJB
    SchoolAttendance schools;

    @EJB
    SchoolCalendarService calendars;

    private String trendChart;

    private String upn;
    private PupilSummary pupil;
    private PupilFigures figures;
    private PenaltyNoticeThreshold.Evaluation threshold;
    private List<Week> weeks = List.of();
    private AbsencePatterns patterns;
    private boolean found;

    /** Reads everything for the page once, when the upn parameter arrives; a pupil out of scope is not found. */
    public void load() {
        try {
            UniquePupilNumber number = UniquePupilNumber.of(upn == null ? "" : upn);
            pupil = pupils.find(number);
            figures = attendance.figures(number, null, null);
            threshold = attendance.threshold(number, null);
            List<Mark> marks = attendance.marks(number, figures.from(), figures.to());
            weeks = weeks(marks);
            patterns = AbsencePatterns.of(marks);
            family = families.family(number);
            schoolAverage = pupil.enrolments().stream().filter(e -> e.endDate() == null).findFirst()
                    .map(e -> schools.attendanceOf(uk.gov.pathway.kernel.identifiers.Laestab.of(e.laestab()))
                            + "% at " + e.schoolName())
                    .orElse("Not on roll at a school");
            found = true;
        } catch (IllegalArgumentException | NotVisibleException e) {
            // Out of scope and unknown look the same: 404, so nobody learns whether a child is known.
            found = false;
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private static List<Week> weeks(List<Mark> marks) {
        Map<LocalDate, List<Mark>> byWeek = marks.stream()
                .collect(Collectors.groupingBy(m -> WeekMarks.weekStart(m.date()), TreeMap::new, Collectors.toList()));
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((monday, weekMarks) -> {
            List<Day> days = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                LocalDate day = monday.plusDays(d);
                days.add(new Day(cell(weekMarks, day, Session.AM), cell(weekMarks, day, Session.PM)));
            }
            weeks.add(new Week(monday, WEEK.format(monday), days,
                    AttendanceFigures.of(weekMarks.stream().map(Mark::code).toList())));
        });
        return weeks;
    }

    private static Cell cell(List<Mark> marks, LocalDate day, Session session) {
        return marks.stream().filter(m -> m.date().equals(day) && m.session() == session).findFirst()
                .map(m -> Cell.of(m.code())).orElse(Cell.NONE);
    }

    /** The trend chart: each week's attendance on the council's calendar, the 90% line, the half terms (SVG). */
    public String getTrendChart() {
        if (trendChart == null) {
            trendChart = TrendChart.svg(weeks.stream().map(w -> new TrendChart.Week(w.monday(),
                    w.figures().possibleSessions() > 0 ? w.figures().attendancePercent() : null)).toList(),
                    calendars.calendar(), getTrendSummary());
        }
        return trendChart;
    }

    public String getTrendSummary() {
        if (weeks.isEmpty()) {
            return "No marks this year";
        }
        Week first = weeks.get(0);
        Week last = weeks.get(weeks.size() - 1);
        return "Weekly attendance from " + first.figures().attendancePercent() + "% in the week of " + first.label()
                + " to " + last.figures().attendancePercent() + "% in the week of " + last.label();
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public boolean isFound() {
        return found;
    }

    public PupilSummary getPupil() {
        return pupil;
    }

    public PupilFigures getFigures() {
        return figures;
    }

    public PenaltyNoticeThreshold.Evaluation getThreshold() {
        return threshold;
    }

    /** The attendance of the pupil's school over the same period, to read the pupil's beside. */
    public String getSchoolAverage() {
        return schoolAverage;
    }

    public Families.FamilyView getFamily() {
        return family;
    }

    public AbsencePatterns getPatterns() {
        return patterns;
    }

    /** Absence by weekday in words, e.g. "Mon 12.5%, Tue 0.0%". */
    public String getWeekdayProfile() {
        return patterns.absencePercentByWeekday().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK) + " " + e.getValue() + "%")
                .collect(Collectors.joining(", "));
    }

    public List<Week> getWeeks() {
        return weeks;
    }

    public String weekday(int index) {
        return DayOfWeek.of(index + 1).getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK);
    }
}

package uk.gov.pathway.panels.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.cases.CaseFacts;
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.kernel.chronology.TimelineEntry;
import uk.gov.pathway.kernel.chronology.TimelineStore;
import uk.gov.pathway.kernel.documents.PdfWriter;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.panels.entity.PanelMeeting;
import uk.gov.pathway.panels.entity.PanelReferral;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.attendance.Mark;
import uk.gov.pathway.registration.boundary.ChildAttendance;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

/**
 * A case's papers for a panel meeting, as one PDF: 1. the case summary, 2. attendance this academic year with its
 * trend month by month, 3. the chronology lines the panel may see (the children's registration lines and this case's
 * lines, no other case's), 4. the referral and its evidence. The caller has been checked (Panels.papers).
 */
@Dependent
public class PapersPack {

    public static final String SUMMARY = "1. Case summary";
    public static final String ATTENDANCE = "2. Attendance and trend";
    public static final String CHRONOLOGY = "3. Chronology";
    public static final String REFERRAL = "4. Referral and evidence";

    @EJB
    PupilDirectory directory;

    @EJB
    ChildAttendance attendance;

    @EJB
    SchoolCalendarService calendars;

    @Inject
    TimelineStore timelines;

    @Inject
    PdfWriter pdf;

    public byte[] write(String panelName, PanelMeeting meeting, CaseFacts.Fact c, PanelReferral referral,
                        LocalDate today) {
        Map<Long, PupilRef> children = directory.refs(c.pupilIds());
        StringBuilder text = new StringBuilder();
        text.append(panelName).append(": papers for the meeting of ").append(meeting.date()).append(" at ")
                .append(meeting.time()).append(", ").append(meeting.place()).append('\n');
        text.append("Case ").append(c.caseId()).append(". Confidential: for the panel's members only, until the time"
                + " set after the decision.\n\n");

        text.append(SUMMARY).append('\n');
        for (PupilRef child : children.values()) {
            text.append("Child: ").append(child.name()).append(", born ").append(child.dateOfBirth()).append(", UPN ")
                    .append(child.upn()).append(", year ").append(child.yearGroup()).append(", ")
                    .append(child.schoolName() == null ? "not on roll today" : child.schoolName()).append('\n');
        }
        text.append("Level: ").append(c.level()).append(" (").append(c.levelName()).append("); status ")
                .append(c.status()).append("; opened on ").append(c.openedOn()).append("; officer ")
                .append(c.officer() == null ? "not allocated" : c.officer()).append('\n');
        text.append("Why the case was opened: ").append(c.reason()).append("\n\n");

        text.append(ATTENDANCE).append('\n');
        LocalDate start = calendars.calendar().academicYearStart(today);
        for (PupilRef child : children.values()) {
            List<Mark> marks = attendance.marks(child.id(), start, today);
            AttendanceFigures year = AttendanceFigures.of(marks.stream().map(Mark::code).toList());
            text.append(child.name()).append(", from ").append(start).append(" to ").append(today).append(": ")
                    .append(percent(year.attendancePercent())).append(" attendance, ")
                    .append(year.possibleSessions()).append(" possible sessions, ")
                    .append(year.unauthorisedAbsenceSessions()).append(" unauthorised absences, band ")
                    .append(year.band()).append('\n');
            text.append("Trend by month:");
            Map<YearMonth, List<Mark>> months = new TreeMap<>();
            marks.forEach(m -> months.computeIfAbsent(YearMonth.from(m.date()), k -> new ArrayList<>()).add(m));
            if (months.isEmpty()) {
                text.append(" no marks yet");
            }
            months.forEach((month, inMonth) -> text.append(' ')
                    .append(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)).append(' ')
                    .append(month.getYear()).append(' ')
                    .append(percent(AttendanceFigures.of(inMonth.stream().map(Mark::code).toList()).attendancePercent()))
                    .append(';'));
            text.append('\n');
        }
        text.append('\n');

        text.append(CHRONOLOGY).append('\n');
        List<TimelineEntry> lines = timelines.of(children.keySet(), Set.of(c.caseId()), ChronologyFilter.ALL,
                SystemClock.LONDON);
        if (lines.isEmpty()) {
            text.append("Nothing recorded yet.\n");
        }
        for (TimelineEntry line : lines) {
            text.append(line.at().atZone(SystemClock.LONDON).toLocalDate()).append(' ').append(line.module())
                    .append(' ').append(line.kind()).append(": ").append(line.summary()).append('\n');
        }
        text.append('\n');

        text.append(REFERRAL).append('\n');
        text.append("Referred by ").append(referral.referredBy()).append(" on ")
                .append(referral.referredAt().atZone(SystemClock.LONDON).toLocalDate()).append(": ")
                .append(referral.reason()).append('\n');
        if (referral.overrideReason() != null) {
            text.append("Referred by the service manager without: ").append(referral.missingEvidence())
                    .append(". Reason: ").append(referral.overrideReason()).append('\n');
        }
        text.append("Evidence of the graduated response recorded on the case:\n");
        text.append(referral.evidence() == null ? "none recorded\n" : referral.evidence() + "\n");
        if (!c.actions().isEmpty()) {
            text.append("Plan actions:\n");
            c.actions().forEach(a -> text.append("- ").append(a.description()).append(" (").append(a.owner())
                    .append(", due ").append(a.dueOn()).append(a.doneOn() == null ? "" : ", done " + a.doneOn())
                    .append(")\n"));
        }
        return pdf.text(panelName + " papers, case " + c.caseId(), text.toString());
    }

    /** The evidence a case holds, as the referral form pre-fills it: each kind recorded and its count, its contacts. */
    public static String evidence(CaseFacts.Fact c) {
        StringBuilder text = new StringBuilder();
        c.evidence().forEach((kind, count) -> text.append("- ").append(c.labels().getOrDefault(kind, kind))
                .append(": ").append(count).append('\n'));
        c.contacts().forEach(line -> text.append("- ").append(line).append('\n'));
        return text.toString().strip();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "no possible sessions" : value + "%";
    }
}

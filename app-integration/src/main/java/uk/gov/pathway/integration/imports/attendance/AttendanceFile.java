package uk.gov.pathway.integration.imports.attendance;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import uk.gov.pathway.integration.csv.CsvFileException;
import uk.gov.pathway.integration.csv.CsvStream;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;

import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.Session;
import uk.gov.pathway.registration.boundary.MarkSheet;

/**
 * Reads and checks an attendance file (spec/API.md: upn, laestab, date, session, code) in one pass, keeping every valid
 * mark on registration's {@link MarkSheet} (which checks it against the roll) and every invalid row as a problem naming
 * its line and column.
 */
final class AttendanceFile {

    static final List<String> COLUMNS = List.of("upn", "laestab", "date", "session", "code");
    static final int PROBLEMS_KEPT = 1000;

    interface Progress {
        void report(long bytesRead, int rowsRead);
    }

    record Outcome(int rowsRead, List<InputProblem> problems, int problemCount) {
        boolean valid() {
            return problemCount == 0;
        }
    }

    private final MarkSheet marks;
    private final SchoolCalendar calendar;
    private final LocalDate today;
    private final Set<String> allowedSchools;
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Set<String> laestabsChecked = new java.util.HashSet<>();
    private final String configuredYears;

    /** {@code allowedSchools} null: the sender may import marks of any school. */
    AttendanceFile(MarkSheet marks, SchoolCalendar calendar, LocalDate today, Set<String> allowedSchools) {
        this.marks = marks;
        this.calendar = calendar;
        this.today = today;
        this.allowedSchools = allowedSchools;
        this.configuredYears = calendar.academicYears().stream().map(AcademicYear::label).collect(Collectors.joining(", "));
    }

    Outcome read(InputStream file, Progress progress) {
        CountingStream counted = new CountingStream(file);
        List<InputProblem> problems = new ArrayList<>();
        int[] rows = {0};
        int[] problemCount = {0};
        CsvStream csv = new CsvStream();
        try {
            csv.read(counted, COLUMNS, (line, record) -> {
                rows[0]++;
                InputProblem problem = check(csv, line, record);
                if (problem != null) {
                    problemCount[0]++;
                    if (problems.size() < PROBLEMS_KEPT) {
                        problems.add(problem);
                    }
                }
                if ((rows[0] & 0xFFFF) == 0) {
                    progress.report(counted.count, rows[0]);
                }
                return true;
            });
        } catch (CsvFileException e) {
            problems.addAll(e.problems());
            problemCount[0] += e.problems().size();
        }
        if (rows[0] == 0 && problemCount[0] == 0) {
            problems.add(InputProblem.atLine(2, null, "The file has a header row but no marks"));
            problemCount[0]++;
        }
        progress.report(counted.count, rows[0]);
        return new Outcome(rows[0], problems, problemCount[0]);
    }

    /** Checks one row and keeps its mark; answers the first problem of the row, or null. */
    private InputProblem check(CsvStream csv, int line, CSVRecord record) {
        if (record.size() != csv.headerSize()) {
            return InputProblem.atLine(line, null, "This line has " + record.size() + " fields but the header has "
                    + csv.headerSize() + " columns");
        }
        String upn = record.get(csv.column("upn")).strip();
        String laestab = record.get(csv.column("laestab")).strip();
        String dateText = record.get(csv.column("date")).strip();
        String sessionText = record.get(csv.column("session")).strip();
        String codeText = record.get(csv.column("code")).strip();

        String upnProblem = marks.upnProblem(upn);
        if (upnProblem != null) {
            return InputProblem.atLine(line, "upn", upnProblem);
        }
        String laestabProblem = checkLaestab(laestab);
        if (laestabProblem != null) {
            return InputProblem.atLine(line, "laestab", laestabProblem);
        }
        if (allowedSchools != null && !allowedSchools.contains(laestab)) {
            return InputProblem.atLine(line, "laestab", "School " + laestab
                    + " is not your school: you may import marks of your own school only");
        }
        LocalDate date = dates.computeIfAbsent(dateText, AttendanceFile::parseDate);
        if (date == null) {
            return InputProblem.atLine(line, "date", "date must be a date written YYYY-MM-DD, for example 2025-10-01;"
                    + " got '" + dateText + "'");
        }
        if (date.isAfter(today)) {
            return InputProblem.atLine(line, "date", "date " + date + " is in the future");
        }
        if (!calendar.isConfigured(date)) {
            return InputProblem.atLine(line, "date", "date " + date + " is outside every academic year in the"
                    + " council's school calendar (" + (configuredYears.isEmpty() ? "none configured" : configuredYears) + ")");
        }
        Session session = switch (sessionText) {
            case "AM", "am" -> Session.AM;
            case "PM", "pm" -> Session.PM;
            default -> null;
        };
        if (session == null) {
            return InputProblem.atLine(line, "session", "session must be AM or PM; got '" + sessionText + "'");
        }
        AttendanceCode code = AttendanceCode.fromCode(codeText).orElse(null);
        if (code == null) {
            return InputProblem.atLine(line, "code", "code '" + codeText + "' is not a national attendance code"
                    + " (for example /, \\, L, U, G, N, O, I, M, C1, J1, Y1, #)");
        }
        // One message whether or not the UPN is known: an import never tells a school that a child exists elsewhere.
        return switch (marks.keep(upn, laestab, date, session, code)) {
            case KEPT -> null;
            case NOT_ON_ROLL -> InputProblem.atLine(line, "upn", notOnRoll(upn, laestab, date));
            case REPEATED -> InputProblem.atLine(line, "session", "This file already has a mark for pupil " + upn
                    + " on " + date + " " + session + " on an earlier line");
        };
    }

    /** The message for a mark of a pupil not on roll at the school that day, known elsewhere or not known at all. */
    static String notOnRoll(String upn, String laestab, LocalDate date) {
        return "No pupil with UPN " + upn + " is on roll at school " + laestab + " on " + date + ": check the UPN and"
                + " the date, or send the pupil in your pupils file first (a child moving from another school is on"
                + " your roll once the council has confirmed the transfer)";
    }

    /** The Laestab value object's own check, remembered per distinct value: a county file has a few hundred. */
    private String checkLaestab(String laestab) {
        if (laestabsChecked.contains(laestab)) {
            return null;
        }
        try {
            Laestab.of(laestab);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        laestabsChecked.add(laestab);
        return null;
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }

}

package uk.gov.pathway.registration.control;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.WeekMarks;

/**
 * An import's week rows on their way into attendance_week: staged in a table of the import's own (COPY on PostgreSQL,
 * the fastest way in; batched inserts elsewhere), then merged in one statement with the history of every changed mark.
 * The merge also keeps attendance_unauthorised_week (the weeks with an unauthorised absence, which the threshold
 * cohort reads) equal to the week rows: the only writer of both tables.
 */
public final class WeekStage {

    /** The storage characters of the unauthorised absence codes, the marks attendance_unauthorised_week keeps. */
    static final String UNAUTHORISED = unauthorisedStorageChars();

    private final String table;
    /** The staged weeks that hold an unauthorised absence, with only those marks (the summary's rows for new weeks). */
    private final String unauthorisedTable;
    private final boolean postgres;

    public WeekStage(String jobId, Connection connection) throws SQLException {
        this.table = "attendance_stage_" + jobId.replace("-", "");
        this.unauthorisedTable = table + "_u";
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /**
     * Creates the stage tables afresh (a restarted import stages again from its file) and fills them: every week row,
     * then (a second pass over the sheet) the weeks with an unauthorised absence, with only those marks.
     */
    public int fill(Connection connection, MarkBuffer marks) throws Exception {
        drop(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE " + (postgres ? "UNLOGGED " : "") + "TABLE " + table
                    + " (pupil_id BIGINT NOT NULL, week_start DATE NOT NULL, marks VARCHAR(14) NOT NULL)");
            statement.execute("CREATE " + (postgres ? "UNLOGGED " : "") + "TABLE " + unauthorisedTable
                    + " (pupil_id BIGINT NOT NULL, week_start DATE NOT NULL, sessions SMALLINT NOT NULL,"
                    + " marks VARCHAR(14) NOT NULL)");
        }
        int weeks = write(connection, table, marks, false);
        write(connection, unauthorisedTable, marks, true);
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE " + table);
                statement.execute("ANALYZE " + unauthorisedTable);
            }
        }
        return weeks;
    }

    /** Writes the sheet's weeks into a stage table: all of them, or only those with an unauthorised absence. */
    private int write(Connection connection, String into, MarkBuffer marks, boolean unauthorisedOnly) throws Exception {
        String columns = unauthorisedOnly ? "(pupil_id, week_start, sessions, marks)" : "(pupil_id, week_start, marks)";
        int[] weeks = {0};
        if (postgres) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new PGCopyOutputStream(pg, "COPY " + into + " " + columns + " FROM STDIN (FORMAT csv)", 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16)) {
                marks.forEachWeek((pupil, week, codes) -> {
                    String kept = unauthorisedOnly ? unauthorisedMarks(codes) : codes;
                    if (kept == null) {
                        return;
                    }
                    out.write(Long.toString(pupil));
                    out.write(',');
                    out.write(week.toString());
                    if (unauthorisedOnly) {
                        out.write(',');
                        out.write(Integer.toString(unauthorisedSessions(kept)));
                    }
                    out.write(",\"");
                    out.write(kept);
                    out.write("\"\n");
                    weeks[0]++;
                });
            }
        } else {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + into + " " + columns
                    + " VALUES (?, ?, ?" + (unauthorisedOnly ? ", ?)" : ")"))) {
                marks.forEachWeek((pupil, week, codes) -> {
                    String kept = unauthorisedOnly ? unauthorisedMarks(codes) : codes;
                    if (kept == null) {
                        return;
                    }
                    int column = 1;
                    insert.setLong(column++, pupil);
                    insert.setDate(column++, Date.valueOf(week));
                    if (unauthorisedOnly) {
                        insert.setInt(column++, unauthorisedSessions(kept));
                    }
                    insert.setString(column, kept);
                    insert.addBatch();
                    if (++weeks[0] % 1000 == 0) {
                        insert.executeBatch();
                    }
                });
                insert.executeBatch();
            }
        }
        return weeks[0];
    }

    /**
     * Writes the staged weeks into attendance_week: first the history of every mark this import changes, then the
     * weeks' unauthorised absences (attendance_unauthorised_week), then the marks themselves, a staged '-' keeping the
     * mark already held. Runs inside the caller's transaction, so the summary is always the week rows'.
     */
    public void merge(Connection connection, String jobId, Instant now) throws SQLException {
        String markDate = postgres ? "s.week_start + k.day_offset" : "DATEADD(DAY, k.day_offset, s.week_start)";
        String newCode = "SUBSTRING(s.marks, k.slot + 1, 1)";
        String oldCode = "SUBSTRING(w.marks, k.slot + 1, 1)";
        try (PreparedStatement history = connection.prepareStatement(
                "INSERT INTO attendance_mark_change (pupil_id, mark_date, session, old_code, new_code, job_id, changed_at)"
                        + " SELECT s.pupil_id, " + markDate + ", k.session, " + oldCode + ", " + newCode + ", ?, ?"
                        + " FROM " + table + " s JOIN attendance_week w ON w.pupil_id = s.pupil_id AND w.week_start = s.week_start"
                        + " JOIN week_slot k ON " + newCode + " <> '-' AND " + oldCode + " <> '-' AND " + newCode + " <> " + oldCode)) {
            history.setString(1, jobId);
            history.setTimestamp(2, Timestamp.from(now));
            history.executeUpdate();
        }
        summarise(connection);
        StringBuilder overlay = new StringBuilder();
        for (int slot = 1; slot <= WeekMarks.SLOTS; slot++) {
            overlay.append(slot > 1 ? " || " : "").append("CASE WHEN SUBSTRING(s.marks, ").append(slot)
                    .append(", 1) = '-' THEN SUBSTRING(w.marks, ").append(slot).append(", 1) ELSE SUBSTRING(s.marks, ")
                    .append(slot).append(", 1) END");
        }
        try (Statement merge = connection.createStatement()) {
            merge.executeUpdate("MERGE INTO attendance_week w USING " + table + " s"
                    + " ON (w.pupil_id = s.pupil_id AND w.week_start = s.week_start)"
                    + " WHEN MATCHED THEN UPDATE SET marks = " + overlay
                    + " WHEN NOT MATCHED THEN INSERT (pupil_id, week_start, marks) VALUES (s.pupil_id, s.week_start, s.marks)");
        }
    }

    /**
     * Keeps attendance_unauthorised_week equal to the week rows the merge is about to write. A week the import overlays
     * on one already held gets its row again from both (the old marks where the file sends '-'); a new week gets the
     * row staged for it, if it has an unauthorised absence. Weeks the import does not send keep theirs.
     */
    private void summarise(Connection connection) throws SQLException {
        String overlaid = " FROM " + table + " s JOIN attendance_week w ON w.pupil_id = s.pupil_id"
                + " AND w.week_start = s.week_start";
        String forgetOverlaid = postgres
                ? "DELETE FROM attendance_unauthorised_week u USING " + table + " s, attendance_week w"
                + " WHERE w.pupil_id = s.pupil_id AND w.week_start = s.week_start"
                + " AND u.pupil_id = s.pupil_id AND u.week_start = s.week_start"
                : "DELETE FROM attendance_unauthorised_week u WHERE EXISTS (SELECT 1" + overlaid
                + " WHERE s.pupil_id = u.pupil_id AND s.week_start = u.week_start)";
        StringBuilder kept = new StringBuilder();
        StringBuilder sessions = new StringBuilder();
        for (int slot = 1; slot <= WeekMarks.SLOTS; slot++) {
            String merged = "CASE WHEN SUBSTRING(s.marks, " + slot + ", 1) = '-' THEN SUBSTRING(w.marks, " + slot
                    + ", 1) ELSE SUBSTRING(s.marks, " + slot + ", 1) END";
            String unauthorised = merged + " IN (" + UNAUTHORISED.chars().mapToObj(c -> "'" + (char) c + "'")
                    .collect(java.util.stream.Collectors.joining(", ")) + ")";
            kept.append(slot > 1 ? " || " : "").append("CASE WHEN ").append(unauthorised).append(" THEN ")
                    .append(merged).append(" ELSE '-' END");
            sessions.append(slot > 1 ? " + " : "").append("CASE WHEN ").append(unauthorised)
                    .append(" THEN 1 ELSE 0 END");
        }
        try (Statement statement = connection.createStatement()) {
            // The overlaid weeks' rows go, so that every staged row can go in as it is, in key order (the cheapest
            // way into the index); the staged rows of overlaid weeks hold only the file's marks, so they go again and
            // those weeks get their rows from both the file's marks and the marks held.
            statement.executeUpdate(forgetOverlaid);
            statement.executeUpdate("INSERT INTO attendance_unauthorised_week (week_start, pupil_id, sessions, marks)"
                    + " SELECT week_start, pupil_id, sessions, marks FROM " + unauthorisedTable
                    + " ORDER BY week_start, pupil_id");
            statement.executeUpdate(forgetOverlaid);
            statement.executeUpdate("INSERT INTO attendance_unauthorised_week (week_start, pupil_id, sessions, marks)"
                    + " SELECT week_start, pupil_id, sessions, marks FROM (SELECT s.week_start, s.pupil_id, " + sessions
                    + " AS sessions, " + kept + " AS marks" + overlaid + ") o WHERE sessions > 0");
        }
    }

    /** The week's unauthorised absences ('-' in every other slot), or null when it has none. */
    static String unauthorisedMarks(String week) {
        char[] kept = null;
        for (int slot = 0; slot < week.length(); slot++) {
            if (UNAUTHORISED.indexOf(week.charAt(slot)) >= 0) {
                if (kept == null) {
                    kept = WeekMarks.EMPTY.toCharArray();
                }
                kept[slot] = week.charAt(slot);
            }
        }
        return kept == null ? null : new String(kept);
    }

    private static int unauthorisedSessions(String unauthorisedMarks) {
        int sessions = 0;
        for (int slot = 0; slot < unauthorisedMarks.length(); slot++) {
            sessions += unauthorisedMarks.charAt(slot) == WeekMarks.NO_MARK ? 0 : 1;
        }
        return sessions;
    }

    private static String unauthorisedStorageChars() {
        StringBuilder chars = new StringBuilder();
        for (AttendanceCode code : AttendanceCode.values()) {
            if (code.isUnauthorisedAbsence()) {
                chars.append(code.storageChar());
            }
        }
        return chars.toString();
    }

    /** How many pupils the staged weeks are of, for the audit trail's one entry per import. */
    public int pupils(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet count = statement.executeQuery("SELECT COUNT(DISTINCT pupil_id) FROM " + table)) {
            count.next();
            return count.getInt(1);
        }
    }

    public void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute("DROP TABLE IF EXISTS " + unauthorisedTable);
        }
    }
}

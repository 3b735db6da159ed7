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
import uk.gov.pathway.registration.attendance.WeekMarks;

/**
 * An import's week rows on their way into attendance_week: staged in a table of the import's own (COPY on PostgreSQL,
 * the fastest way in; batched inserts elsewhere), then merged in one statement with the history of every changed mark.
 */
public final class WeekStage {

    private final String table;
    private final boolean postgres;

    public WeekStage(String jobId, Connection connection) throws SQLException {
        this.table = "attendance_stage_" + jobId.replace("-", "");
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** Creates the stage table afresh (a restarted import stages again from its file) and fills it. */
    public int fill(Connection connection, MarkBuffer marks) throws Exception {
        drop(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE " + (postgres ? "UNLOGGED " : "") + "TABLE " + table
                    + " (pupil_id BIGINT NOT NULL, week_start DATE NOT NULL, marks VARCHAR(14) NOT NULL)");
        }
        int[] weeks = {0};
        if (postgres) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new PGCopyOutputStream(pg, "COPY " + table + " (pupil_id, week_start, marks) FROM STDIN (FORMAT csv)",
                            1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                marks.forEachWeek((pupil, week, codes) -> {
                    out.write(Long.toString(pupil));
                    out.write(',');
                    out.write(week.toString());
                    out.write(",\"");
                    out.write(codes);
                    out.write("\"\n");
                    weeks[0]++;
                });
            }
        } else {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (pupil_id, week_start, marks) VALUES (?, ?, ?)")) {
                marks.forEachWeek((pupil, week, codes) -> {
                    insert.setLong(1, pupil);
                    insert.setDate(2, Date.valueOf(week));
                    insert.setString(3, codes);
                    insert.addBatch();
                    if (++weeks[0] % 1000 == 0) {
                        insert.executeBatch();
                    }
                });
                insert.executeBatch();
            }
        }
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE " + table);
            }
        }
        return weeks[0];
    }

    /**
     * Writes the staged weeks into attendance_week: first the history of every mark this import changes, then the
     * marks themselves, a staged '-' keeping the mark already held. Runs inside the caller's transaction.
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
        }
    }
}

package uk.gov.pathway.registration.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.transaction.UserTransaction;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.registration.attendance.AttendanceCode;
import uk.gov.pathway.registration.attendance.Session;
import uk.gov.pathway.registration.boundary.MarkSheet.Check;

/**
 * Registration's side of the attendance import on H2 (the demo's database, staged with batched inserts): the roll
 * checks of the sheet, staging, the merge with its history and one audit entry, and discarding a stage.
 * PostgreSQL's COPY path is covered by AttendanceApiIT.
 */
class MarkImportsOnH2Test {

    private static final LocalDate MONDAY = LocalDate.of(2025, 9, 8);
    private static final String RIVERSIDE = "9991001";
    private static final String HILLCREST = "9991002";
    private static final String AMELIA = "B801200005001";
    private static final String LEFT_IN_SEPTEMBER = "P207000016049";
    private static final String UNKNOWN = "Q801200005002";

    private JdbcDataSource database;
    private MarkImports imports;
    private final List<AuditEvent> audited = new ArrayList<>();

    @BeforeEach
    void migrateAndEnrol() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:marks" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        database.setPassword("sa");
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(school(1, "100001", RIVERSIDE));
            sql.execute(school(2, "100002", HILLCREST));
            sql.execute(pupil(1, AMELIA));
            sql.execute(pupil(2, LEFT_IN_SEPTEMBER));
            sql.execute("INSERT INTO enrolment (id, pupil_id, school_id, start_date, end_date, dual_registration, version)"
                    + " VALUES (1, 1, 1, DATE '2025-09-01', NULL, FALSE, 0),"
                    + " (2, 2, 2, DATE '2025-09-01', DATE '2025-09-09', FALSE, 0)");
        }
        imports = new MarkImports();
        imports.dataSource = database;
        imports.transaction = new AutoCommit();
        imports.clock = Clock.fixed(Instant.parse("2025-09-20T09:00:00Z"), ZoneOffset.UTC);
        imports.audit = new Audited();
    }

    @Test
    void aMarkOfAPupilOnRollAtTheSchoolThatDayIsKept() throws Exception {
        MarkSheet sheet = imports.sheet();

        assertThat(sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM)).isEqualTo(Check.KEPT);
        assertThat(sheet.keep(LEFT_IN_SEPTEMBER, HILLCREST, MONDAY.plusDays(1), Session.PM, AttendanceCode.PRESENT_PM))
                .isEqualTo(Check.KEPT);
        assertThat(sheet.marks()).isEqualTo(2);
        assertThat(sheet.pupils()).isEqualTo(2);
    }

    @Test
    void anUnknownUpnAnotherSchoolsPupilAndAPupilWhoHasLeftGetTheSameAnswer() throws Exception {
        MarkSheet sheet = imports.sheet();

        assertThat(sheet.keep(UNKNOWN, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM)).isEqualTo(Check.NOT_ON_ROLL);
        assertThat(sheet.keep(AMELIA, HILLCREST, MONDAY, Session.AM, AttendanceCode.PRESENT_AM)).isEqualTo(Check.NOT_ON_ROLL);
        assertThat(sheet.keep(LEFT_IN_SEPTEMBER, HILLCREST, MONDAY.plusDays(2), Session.AM, AttendanceCode.PRESENT_AM))
                .isEqualTo(Check.NOT_ON_ROLL);
        assertThat(sheet.keep(AMELIA, RIVERSIDE, LocalDate.of(2025, 8, 29), Session.AM, AttendanceCode.PRESENT_AM))
                .isEqualTo(Check.NOT_ON_ROLL);
        assertThat(sheet.marks()).isZero();
    }

    @Test
    void aSecondMarkForTheSamePupilDayAndSessionIsARepeat() throws Exception {
        MarkSheet sheet = imports.sheet();
        sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);

        assertThat(sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.ILLNESS)).isEqualTo(Check.REPEATED);
        assertThat(sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.PM, AttendanceCode.ILLNESS)).isEqualTo(Check.KEPT);
    }

    @Test
    void aUpnThatBreaksTheRuleIsNamedWithTheRulesMessage() throws Exception {
        MarkSheet sheet = imports.sheet();

        assertThat(sheet.upnProblem(AMELIA)).isNull();
        assertThat(sheet.upnProblem("A801200005001")).isNotBlank();
    }

    @Test
    void stagedMarksReachTheWeekOnlyWhenMergedAndTheStageIsGone() throws Exception {
        MarkSheet sheet = imports.sheet();
        sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.PM, AttendanceCode.PRESENT_PM);
        sheet.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(7), Session.AM, AttendanceCode.ILLNESS);

        assertThat(imports.stage("job-1", sheet)).isEqualTo(2);
        assertThat(weeks()).isEmpty();

        assertThat(imports.merge("job-1", 3)).isEqualTo(1);

        assertThat(weeks()).containsExactly("1 2025-09-08 /\\------------", "1 2025-09-15 I-------------");
        assertThat(stageTables()).isZero();
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("import job job-1");
            assertThat(entry.detail()).isEqualTo("attendance marks file of 3 marks: the marks of 1 pupils written");
        });
    }

    @Test
    void aLaterFileChangesOnlyTheMarksItSendsAndKeepsTheirHistory() throws Exception {
        MarkSheet first = imports.sheet();
        first.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        first.keep(AMELIA, RIVERSIDE, MONDAY, Session.PM, AttendanceCode.PRESENT_PM);
        imports.stage("job-1", first);
        imports.merge("job-1", 2);

        MarkSheet correction = imports.sheet();
        correction.keep(AMELIA, RIVERSIDE, MONDAY, Session.PM, AttendanceCode.ILLNESS);
        imports.stage("job-2", correction);
        imports.merge("job-2", 1);

        assertThat(weeks()).containsExactly("1 2025-09-08 /I------------");
        assertThat(changes()).containsExactly("2025-09-08 PM \\ -> I by job-2");
    }

    @Test
    void aDiscardedStageLeavesTheWeeksUntouched() throws Exception {
        MarkSheet sheet = imports.sheet();
        sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        imports.stage("job-3", sheet);

        imports.discard("job-3");

        assertThat(stageTables()).isZero();
        assertThat(weeks()).isEmpty();
        imports.discard("job-3");
    }

    @Test
    void theWeeksWithUnauthorisedAbsencesAreThoseOfTheWeekRowsAfterAnImport() throws Exception {
        MarkSheet sheet = imports.sheet();
        sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        sheet.keep(AMELIA, RIVERSIDE, MONDAY, Session.PM, AttendanceCode.REASON_NOT_YET_ESTABLISHED);
        sheet.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(2), Session.AM, AttendanceCode.LATE_AFTER_REGISTER_CLOSED);
        sheet.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(7), Session.AM, AttendanceCode.ILLNESS);
        sheet.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(14), Session.PM, AttendanceCode.HOLIDAY_NOT_GRANTED);
        imports.stage("job-1", sheet);
        imports.merge("job-1", 5);

        assertThat(unauthorisedWeeks()).containsExactly("1 2025-09-08 2 -N--U---------", "1 2025-09-22 1 -G------------")
                .isEqualTo(unauthorisedWeeksOfTheWeekRows());
        assertThat(stageTables()).isZero();
    }

    @Test
    void aCorrectionKeepsTheWeeksWithUnauthorisedAbsencesEqualToTheWeekRows() throws Exception {
        MarkSheet first = imports.sheet();
        first.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.UNAUTHORISED_OTHER);
        first.keep(AMELIA, RIVERSIDE, MONDAY, Session.PM, AttendanceCode.REASON_NOT_YET_ESTABLISHED);
        first.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(7), Session.AM, AttendanceCode.REASON_NOT_YET_ESTABLISHED);
        first.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(14), Session.AM, AttendanceCode.PRESENT_AM);
        imports.stage("job-1", first);
        imports.merge("job-1", 4);

        MarkSheet correction = imports.sheet();
        // Monday PM's N becomes illness; the week keeps its AM O, which the file does not send, and gains a U.
        correction.keep(AMELIA, RIVERSIDE, MONDAY, Session.PM, AttendanceCode.ILLNESS);
        correction.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(1), Session.AM, AttendanceCode.LATE_AFTER_REGISTER_CLOSED);
        // The second week's only N is explained: the week has no unauthorised absence left.
        correction.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(7), Session.AM, AttendanceCode.MEDICAL_OR_DENTAL_APPOINTMENT);
        // The third week, present so far, gains a G; a fourth week arrives with one.
        correction.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(14), Session.PM, AttendanceCode.HOLIDAY_NOT_GRANTED);
        correction.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(21), Session.AM, AttendanceCode.HOLIDAY_NOT_GRANTED);
        imports.stage("job-2", correction);
        imports.merge("job-2", 5);

        assertThat(weeks()).containsExactly("1 2025-09-08 OIU-----------", "1 2025-09-15 M-------------",
                "1 2025-09-22 /G------------", "1 2025-09-29 G-------------");
        assertThat(unauthorisedWeeks()).containsExactly("1 2025-09-08 2 O-U-----------", "1 2025-09-22 1 -G------------",
                "1 2025-09-29 1 G-------------").isEqualTo(unauthorisedWeeksOfTheWeekRows());
    }

    @Test
    void aDiscardedImportLeavesTheWeeksWithUnauthorisedAbsencesUntouched() throws Exception {
        MarkSheet first = imports.sheet();
        first.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.UNAUTHORISED_OTHER);
        imports.stage("job-1", first);
        imports.merge("job-1", 1);

        MarkSheet discarded = imports.sheet();
        discarded.keep(AMELIA, RIVERSIDE, MONDAY, Session.AM, AttendanceCode.ILLNESS);
        discarded.keep(AMELIA, RIVERSIDE, MONDAY.plusDays(7), Session.AM, AttendanceCode.HOLIDAY_NOT_GRANTED);
        imports.stage("job-2", discarded);
        imports.discard("job-2");

        assertThat(unauthorisedWeeks()).containsExactly("1 2025-09-08 1 O-------------")
                .isEqualTo(unauthorisedWeeksOfTheWeekRows());
        assertThat(stageTables()).isZero();
    }

    private List<String> unauthorisedWeeks() throws Exception {
        return rows("SELECT pupil_id || ' ' || week_start || ' ' || sessions || ' ' || marks"
                + " FROM attendance_unauthorised_week ORDER BY pupil_id, week_start");
    }

    /** The summary as the week rows give it, worked out here from the codes' own meanings. */
    private List<String> unauthorisedWeeksOfTheWeekRows() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String week : weeks()) {
            String[] parts = week.split(" ");
            StringBuilder kept = new StringBuilder();
            int sessions = 0;
            for (char stored : parts[2].toCharArray()) {
                boolean unauthorised = stored != '-' && AttendanceCode.fromStorageChar(stored).isUnauthorisedAbsence();
                kept.append(unauthorised ? stored : '-');
                sessions += unauthorised ? 1 : 0;
            }
            if (sessions > 0) {
                expected.add(parts[0] + " " + parts[1] + " " + sessions + " " + kept);
            }
        }
        return expected;
    }

    private List<String> weeks() throws Exception {
        return rows("SELECT pupil_id || ' ' || week_start || ' ' || marks FROM attendance_week ORDER BY pupil_id, week_start");
    }

    private List<String> changes() throws Exception {
        return rows("SELECT mark_date || ' ' || session || ' ' || old_code || ' -> ' || new_code || ' by ' || job_id"
                + " FROM attendance_mark_change ORDER BY mark_date, session");
    }

    private int stageTables() throws Exception {
        return rows("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'attendance_stage_%'").size();
    }

    private List<String> rows(String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static String school(long id, String urn, String laestab) {
        return "INSERT INTO school (id, urn, laestab, name, phase, sla_subscriber, registered_at, updated_at, version)"
                + " VALUES (" + id + ", '" + urn + "', '" + laestab + "', 'School " + laestab + "', 'PRIMARY', FALSE,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)";
    }

    private static String pupil(long id, String upn) {
        return "INSERT INTO pupil (id, upn, forename, surname, date_of_birth, year_group, gender, sen_status,"
                + " child_in_care, child_protection_plan, child_in_need, young_carer, free_school_meals,"
                + " english_additional_language, registered_at, updated_at, version) VALUES (" + id + ", '" + upn
                + "', 'Fictional', 'Pupil', DATE '2018-01-01', 'R', 'F', 'NONE', FALSE, FALSE, FALSE, FALSE, FALSE,"
                + " FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)";
    }

    /** Outside a server each statement commits by itself; the merge's one transaction is the server's (JTA). */
    private static final class AutoCommit implements UserTransaction {
        @Override public void begin() { }
        @Override public void commit() { }
        @Override public void rollback() { }
        @Override public void setRollbackOnly() { }
        @Override public int getStatus() { return jakarta.transaction.Status.STATUS_NO_TRANSACTION; }
        @Override public void setTransactionTimeout(int seconds) { }
    }

    private final class Audited implements Event<AuditEvent> {
        @Override public void fire(AuditEvent event) { audited.add(event); }
        @Override public <U extends AuditEvent> CompletionStage<U> fireAsync(U event) { throw new UnsupportedOperationException(); }
        @Override public <U extends AuditEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) { throw new UnsupportedOperationException(); }
        @Override public Event<AuditEvent> select(Annotation... qualifiers) { return this; }
        @Override public <U extends AuditEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) { throw new UnsupportedOperationException(); }
        @Override public <U extends AuditEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) { throw new UnsupportedOperationException(); }
    }
}

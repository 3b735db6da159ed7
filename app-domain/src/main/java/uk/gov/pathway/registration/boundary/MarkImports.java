package uk.gov.pathway.registration.boundary;

import java.sql.Connection;
import java.time.Clock;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.persistence.SchemaMigration;
import uk.gov.pathway.registration.control.RollIndex;
import uk.gov.pathway.registration.control.WeekStage;

/**
 * Registration's side of an attendance import: the roll a file's marks are checked against, staging them in a table of
 * the import's own (COPY into an unlogged table on PostgreSQL), merging them with their history into the week rows
 * (attendance_week) in one transaction, and discarding a stage. Nothing touches attendance_week before {@link #merge}, so an import that
 * stops anywhere has written all of its file or none of it.
 * <p>
 * Permitted to all because the import's batch steps run without the sender's identity; who may send marks of which
 * school is checked when the file is received (POST /imports/attendance) and by the reader (the job's allowed schools).
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class MarkImports {

    /** A county's year of marks takes minutes to merge; the server's default transaction timeout is 5 minutes. */
    private static final int MERGE_TIMEOUT_SECONDS = 4 * 60 * 60;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    /** An empty sheet over the county's roll as it stands now (about 100 bytes a pupil). */
    public MarkSheet sheet() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return new MarkSheet(RollIndex.load(connection));
        }
    }

    /** Writes the sheet's marks into the import's stage afresh (a restarted import stages again); answers the week rows. */
    public int stage(String jobId, MarkSheet sheet) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int weeks = new WeekStage(jobId, connection).fill(connection, sheet.buffer());
            connection.commit();
            return weeks;
        }
    }

    /**
     * Writes the staged marks into the week rows (attendance_week) in one transaction, with the history of every mark they change and
     * one audit entry for the whole file (many children's marks at once); then drops the stage. Answers the pupils.
     */
    public int merge(String jobId, long marksInFile) throws Exception {
        int pupils;
        transaction.setTransactionTimeout(MERGE_TIMEOUT_SECONDS);
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            WeekStage stage = new WeekStage(jobId, connection);
            pupils = stage.pupils(connection);
            stage.merge(connection, jobId, clock.instant());
            audit.fire(AuditEvent.change(null, "import job " + jobId, "attendance marks file of " + marksInFile
                    + " marks: the marks of " + pupils + " pupils written"));
        } catch (Exception e) {
            rollback();
            throw e;
        } finally {
            transaction.setTransactionTimeout(0);
        }
        transaction.commit();
        discard(jobId);
        return pupils;
    }

    /** Drops the import's stage, if it has one; attendance_week is untouched. */
    public void discard(String jobId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new WeekStage(jobId, connection).drop(connection);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // The original failure is what the caller needs to see.
        }
    }
}

package uk.gov.pathway.integration.imports.attendance;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import uk.gov.pathway.integration.imports.ImportSpool;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.audit.AuditOrigin;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.jobs.ImportJobView;
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.jobs.ImportRowError;
import uk.gov.pathway.kernel.persistence.SchemaMigration;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.control.MarkBuffer;
import uk.gov.pathway.registration.control.RollIndex;
import uk.gov.pathway.registration.control.WeekStage;

/**
 * The steps of the attendance import batch job. Reading, checking and staging touch no live table; the merge is one
 * transaction. So an import interrupted at any point has imported all of its file or none of it, and running it again
 * from its file (which stays in the spool until the job ends) gives the same result.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class AttendanceImport {

    /** A county's year of marks takes minutes to merge; the server's default transaction timeout is 5 minutes. */
    private static final int MERGE_TIMEOUT_SECONDS = 4 * 60 * 60;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @EJB
    ImportJobs jobs;

    @EJB
    SchoolCalendarService calendars;

    @Inject
    ImportSpool spool;

    @Inject
    Clock clock;

    @Inject
    AuditOrigin origin;

    @Inject
    Event<AuditEvent> audit;

    /** Reads and checks the whole file, then stages its marks; answers false when the file was refused. */
    public boolean readCheckAndStage(String jobId) throws Exception {
        jobs.start(jobId);
        Set<String> allowedSchools = jobs.allowedSchools(jobId);
        try (Connection connection = dataSource.getConnection()) {
            RollIndex roll = RollIndex.load(connection);
            AttendanceFile file = new AttendanceFile(roll, calendars.calendar(), LocalDate.now(clock), allowedSchools);
            AttendanceFile.Outcome outcome;
            long[] lastReport = {System.nanoTime()};
            try (InputStream in = new BufferedInputStream(Files.newInputStream(spool.file(jobId)), 1 << 16)) {
                outcome = file.read(in, (bytes, rows) -> {
                    if (System.nanoTime() - lastReport[0] > 1_000_000_000L) {
                        jobs.progress(jobId, "Reading and checking the file", bytes, rows);
                        lastReport[0] = System.nanoTime();
                    }
                });
            }
            if (!outcome.valid()) {
                jobs.fail(jobId, outcome.rowsRead(), errors(outcome.problems()), outcome.problemCount());
                spool.discard(jobId);
                return false;
            }
            jobs.progress(jobId, "Staging the marks", Files.size(spool.file(jobId)), outcome.rowsRead());
            connection.setAutoCommit(false);
            new WeekStage(jobId, connection).fill(connection, outcome.marks());
            connection.commit();
            jobs.progress(jobId, "Writing the marks", Files.size(spool.file(jobId)), outcome.rowsRead());
            return true;
        }
    }

    /** Writes the staged marks and their history in one transaction, then ends the job. */
    public void mergeAndFinish(String jobId) throws Exception {
        ImportJobView job = jobs.view(jobId);
        String operation = "attendance import job " + jobId;
        try {
            origin.background(operation, job.submittedBy());
        } catch (ContextNotActiveException e) {
            // Without a request context the audit trail records the batch thread's caller, from "server".
        }
        transaction.setTransactionTimeout(MERGE_TIMEOUT_SECONDS);
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            WeekStage stage = new WeekStage(jobId, connection);
            int pupils = stage.pupils(connection);
            stage.merge(connection, jobId, clock.instant());
            // One entry for the whole file, in the merge's transaction: many children's marks changed at once.
            audit.fire(AuditEvent.change(null, "import job " + jobId, "attendance marks file of " + job.rowsRead()
                    + " marks: the marks of " + pupils + " pupils written"));
        } catch (Exception e) {
            rollback();
            throw e;
        }
        transaction.commit();
        transaction.setTransactionTimeout(0);
        dropStage(jobId);
        jobs.completeWholeFile(jobId);
        spool.discard(jobId);
    }

    /** After a step failed on an error of the server's: nothing was merged; the person polling is told so. */
    public void abandon(String jobId) throws Exception {
        dropStage(jobId);
        jobs.failIfRunning(jobId, List.of(new ImportRowError(0, null, "The import stopped on an internal error and"
                + " imported nothing; the service desk can find the details under job " + jobId)));
        spool.discard(jobId);
    }

    private void dropStage(String jobId) throws Exception {
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

    private static List<ImportRowError> errors(List<InputProblem> problems) {
        return problems.stream().map(p -> new ImportRowError(p.line() == null ? 0 : p.line(), p.field(), p.message())).toList();
    }
}

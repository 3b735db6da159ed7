package uk.gov.pathway.integration.imports.attendance;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import uk.gov.pathway.integration.imports.ImportSpool;
import uk.gov.pathway.kernel.audit.AuditOrigin;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.jobs.ImportJobView;
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.jobs.ImportRowError;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.boundary.MarkImports;
import uk.gov.pathway.registration.boundary.MarkSheet;

/**
 * The steps of the attendance import batch job: this side reads the spooled file and reports on the job; registration
 * ({@link MarkImports}) checks each mark against the roll, stages the marks and merges them in one transaction. So an
 * import interrupted at any point has imported all of its file or none of it, and running it again from its file
 * (which stays in the spool until the job ends) gives the same result.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttendanceImport {

    @EJB
    MarkImports marks;

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

    /** Reads and checks the whole file, then stages its marks; answers false when the file was refused. */
    public boolean readCheckAndStage(String jobId) throws Exception {
        jobs.start(jobId);
        Set<String> allowedSchools = jobs.allowedSchools(jobId);
        MarkSheet sheet = marks.sheet();
        AttendanceFile file = new AttendanceFile(sheet, calendars.calendar(), LocalDate.now(clock), allowedSchools);
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
        marks.stage(jobId, sheet);
        jobs.progress(jobId, "Writing the marks", Files.size(spool.file(jobId)), outcome.rowsRead());
        return true;
    }

    /** Has registration write the staged marks and their history in one transaction, then ends the job. */
    public void mergeAndFinish(String jobId) throws Exception {
        ImportJobView job = jobs.view(jobId);
        try {
            origin.background("attendance import job " + jobId, job.submittedBy());
        } catch (ContextNotActiveException e) {
            // Without a request context the audit trail records the batch thread's caller, from "server".
        }
        marks.merge(jobId, job.rowsRead());
        jobs.completeWholeFile(jobId);
        spool.discard(jobId);
    }

    /** After a step failed on an error of the server's: nothing was merged; the person polling is told so. */
    public void abandon(String jobId) throws Exception {
        marks.discard(jobId);
        jobs.failIfRunning(jobId, List.of(new ImportRowError(0, null, "The import stopped on an internal error and"
                + " imported nothing; the service desk can find the details under job " + jobId)));
        spool.discard(jobId);
    }

    private static List<ImportRowError> errors(List<InputProblem> problems) {
        return problems.stream().map(p -> new ImportRowError(p.line() == null ? 0 : p.line(), p.field(), p.message())).toList();
    }
}

package uk.gov.pathway.integration.imports;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.kernel.audit.AuditOrigin;
import uk.gov.pathway.kernel.jobs.ImportJobView;
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.jobs.ImportKind;
import uk.gov.pathway.kernel.jobs.ImportRowError;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.boundary.PupilRegister;
import uk.gov.pathway.registration.boundary.PupilRegistration;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolRegistration;

/**
 * Runs a schools or pupils import in the background. Reading and checking the file come first; the rows are then
 * written in one transaction, so a file imports whole or not at all.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportExecutor {

    private static final Logger LOG = Logger.getLogger(ImportExecutor.class.getName());

    @EJB
    ImportJobs jobs;

    @EJB
    SchoolRegister schools;

    @EJB
    PupilRegister pupils;

    @Inject
    ImportSpool spool;

    @Inject
    AuditOrigin origin;

    @Asynchronous
    public void run(String jobId) {
        int rowsRead = 0;
        try {
            ImportJobView job = jobs.start(jobId);
            origin.background(job.kind().pathName() + " import job " + jobId, job.submittedBy());
            byte[] file = spool.read(jobId);
            CsvRows.Result<?> read;
            int transfersAwaiting = 0;
            if (job.kind() == ImportKind.SCHOOLS) {
                CsvRows.Result<SchoolRegistration> rows = SchoolsCsv.read(file);
                read = rows;
                if (rows.valid()) {
                    schools.registerAll(rows.items());
                }
            } else {
                CsvRows.Result<PupilRegistration> rows = PupilsCsv.read(file);
                read = rows;
                if (rows.valid()) {
                    transfersAwaiting = pupils.registerAll(rows.items(), jobs.allowedSchools(jobId), "import job " + jobId)
                            .transfersAwaiting();
                }
            }
            rowsRead = read.rowsRead();
            if (!read.valid()) {
                end(jobId, rowsRead, read.problems());
                return;
            }
            jobs.complete(jobId, rowsRead, read.items().size(), transfersAwaiting);
            spool.discard(jobId);
        } catch (InvalidInputException e) {
            end(jobId, rowsRead, e.problems());
        } catch (RuntimeException | Error e) {
            // Nobody waits on a background job: log the cause and tell the person polling that nothing was imported.
            LOG.log(Level.SEVERE, "Import " + jobId + " failed", e);
            jobs.fail(jobId, rowsRead, List.of(new ImportRowError(0, null,
                    "The import stopped on an internal error and imported nothing; the service desk can find"
                            + " the details under job " + jobId)));
            spool.discard(jobId);
        }
    }

    private void end(String jobId, int rowsRead, List<InputProblem> problems) {
        jobs.fail(jobId, rowsRead, problems.stream()
                .map(p -> new ImportRowError(p.line() == null ? 0 : p.line(), p.field(), p.message())).toList());
        spool.discard(jobId);
    }
}

package uk.gov.pathway.integration.imports;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.jobs.ImportJobView;
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.jobs.ImportKind;
import uk.gov.pathway.kernel.jobs.ImportRowError;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.boundary.PupilRegister;
import uk.gov.pathway.registration.boundary.SchoolRegister;

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

    @Asynchronous
    public void run(String jobId) {
        int rowsRead = 0;
        try {
            ImportJobView job = jobs.start(jobId);
            byte[] file = spool.read(jobId);
            if (job.kind() == ImportKind.SCHOOLS) {
                SchoolsCsv.Result read = SchoolsCsv.read(file);
                rowsRead = read.rowsRead();
                if (!read.valid()) {
                    end(jobId, rowsRead, read.problems());
                    return;
                }
                schools.registerAll(read.registrations());
                jobs.complete(jobId, rowsRead, read.registrations().size());
            } else {
                PupilsCsv.Result read = PupilsCsv.read(file);
                rowsRead = read.rowsRead();
                if (!read.valid()) {
                    end(jobId, rowsRead, read.problems());
                    return;
                }
                Set<String> allowed = jobs.allowedSchools(jobId);
                pupils.registerAll(read.registrations(), allowed);
                jobs.complete(jobId, rowsRead, read.registrations().size());
            }
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

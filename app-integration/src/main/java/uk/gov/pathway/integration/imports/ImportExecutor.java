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
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.jobs.ImportRowError;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.boundary.SchoolRegister;

/**
 * Runs a queued import in the background with the identity of the person who sent it. Reading and checking the file
 * happen first; the rows are then written in one transaction, so a file imports whole or not at all.
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

    @Asynchronous
    public void run(String jobId) {
        int rowsRead = 0;
        try {
            byte[] file = jobs.start(jobId);
            SchoolsCsv.Result read = SchoolsCsv.read(file);
            rowsRead = read.rowsRead();
            if (!read.valid()) {
                jobs.fail(jobId, rowsRead, errors(read.problems()));
                return;
            }
            schools.registerAll(read.registrations());
            jobs.complete(jobId, rowsRead, read.registrations().size());
        } catch (InvalidInputException e) {
            jobs.fail(jobId, rowsRead, errors(e.problems()));
        } catch (RuntimeException | Error e) {
            // Nobody waits on a background job: log the cause and tell the person polling that nothing was imported.
            LOG.log(Level.SEVERE, "Import " + jobId + " failed", e);
            jobs.fail(jobId, rowsRead, List.of(new ImportRowError(0, null,
                    "The import stopped on an internal error and imported nothing; the service desk can find"
                            + " the details under job " + jobId)));
        }
    }

    private static List<ImportRowError> errors(List<InputProblem> problems) {
        return problems.stream()
                .map(p -> new ImportRowError(p.line() == null ? 0 : p.line(), p.field(), p.message()))
                .toList();
    }
}

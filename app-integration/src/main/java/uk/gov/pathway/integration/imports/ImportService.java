package uk.gov.pathway.integration.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.jobs.ImportJobView;
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.jobs.ImportKind;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** Takes a file for import (spec/API.md, Imports), queues it and starts it in the background. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.SCHOOL_ATTENDANCE_LEAD})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportService {

    /** A file larger than this is refused before it is stored. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    @EJB
    AccessControl access;

    @EJB
    ImportJobs jobs;

    @EJB
    ImportExecutor executor;

    /** Queues the file and answers the job's id; the job runs once the queueing has committed. */
    public String submit(ImportKind kind, byte[] file) {
        Caller caller = access.caller();
        mayImport(caller, kind);
        if (file == null || file.length == 0) {
            throw new InvalidInputException("file", "The request has no file: send the CSV file as the request body");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new InvalidInputException("file", "The file is " + file.length + " bytes; at most "
                    + MAX_FILE_BYTES + " bytes may be sent at once");
        }
        if (kind != ImportKind.SCHOOLS) {
            throw new InvalidInputException("kind", "Imports of " + kind.pathName()
                    + " are not available in this version of Pathway; only schools can be imported yet");
        }
        String jobId = jobs.queue(kind, file);
        executor.run(jobId);
        return jobId;
    }

    public ImportJobView status(String jobId) {
        return jobs.find(jobId);
    }

    private static void mayImport(Caller caller, ImportKind kind) {
        boolean council = caller.hasAny(Role.ADMIN, Role.SAS_MANAGER);
        boolean schoolLead = caller.has(Role.SCHOOL_ATTENDANCE_LEAD);
        if (kind == ImportKind.SCHOOLS ? !council : !(council || schoolLead)) {
            throw new AccessDeniedException("Your role may not import " + kind.pathName());
        }
    }
}

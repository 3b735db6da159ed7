package uk.gov.pathway.integration.imports;

import java.io.InputStream;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.jobs.ImportJobView;
import uk.gov.pathway.kernel.jobs.ImportJobs;
import uk.gov.pathway.kernel.jobs.ImportKind;
import uk.gov.pathway.kernel.jobs.ImportRowError;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** Takes a file for import (spec/API.md, Imports), queues it and starts it in the background. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SAS_MANAGER, Roles.SCHOOL_ATTENDANCE_LEAD})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportService {

    /** Schools and pupils files are read whole; attendance files stream (a county's year is about 3.5 GB). */
    public static final long MAX_REGISTER_BYTES = 256L * 1024 * 1024;
    public static final long MAX_ATTENDANCE_BYTES = 16L * 1024 * 1024 * 1024;

    @EJB
    AccessControl access;

    @EJB
    ImportJobs jobs;

    @EJB
    ImportLauncher launcher;

    @Inject
    ImportSpool spool;

    /**
     * Records the job, receives the whole file into the import spool, and starts the import; answers the job's id.
     * A file that cannot be received leaves a FAILED job and nothing else.
     */
    public String submit(ImportKind kind, InputStream file) {
        Caller caller = access.caller();
        mayImport(caller, kind);
        String jobId = jobs.queue(kind);
        long size;
        try {
            size = spool.store(jobId, file, kind == ImportKind.ATTENDANCE ? MAX_ATTENDANCE_BYTES : MAX_REGISTER_BYTES);
        } catch (InvalidInputException e) {
            jobs.fail(jobId, 0, List.of(new ImportRowError(0, "file", e.getMessage())));
            throw e;
        } catch (RuntimeException e) {
            jobs.fail(jobId, 0, List.of(new ImportRowError(0, "file", "The file was not received in full; send it again")));
            throw e;
        }
        if (size == 0) {
            spool.discard(jobId);
            String message = "The request has no file: send the CSV file as the request body";
            jobs.fail(jobId, 0, List.of(new ImportRowError(0, "file", message)));
            throw new InvalidInputException("file", message);
        }
        jobs.received(jobId, size);
        launcher.launch(jobId, kind);
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

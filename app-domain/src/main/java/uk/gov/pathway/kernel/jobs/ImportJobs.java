package uk.gov.pathway.kernel.jobs;

import java.time.Clock;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.problem.NotVisibleException;

/**
 * The record of import jobs. Each change of a job's state commits on its own (REQUIRES_NEW), so that a failed import,
 * whose rows roll back, still leaves its status and errors for the person who sent it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    AccessControl access;

    @Inject
    Clock clock;

    public String queue(ImportKind kind, byte[] content) {
        ImportJob job = new ImportJob(kind, content, access.caller().username(), clock.instant());
        em.persist(job);
        return job.id();
    }

    /** Marks the job running and hands back its file. */
    public byte[] start(String jobId) {
        ImportJob job = load(jobId);
        job.start(clock.instant());
        return job.content();
    }

    public void complete(String jobId, int rowsRead, int rowsImported) {
        ImportJob job = load(jobId);
        job.complete(rowsRead, rowsImported, clock.instant());
        job.discardContent();
    }

    public void fail(String jobId, int rowsRead, List<ImportRowError> errors) {
        ImportJob job = load(jobId);
        job.fail(rowsRead, errors, clock.instant());
        job.discardContent();
    }

    /** The submitter, an administrator or the service manager may follow a job; to anyone else it does not exist. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportJobView find(String jobId) {
        ImportJob job = em.find(ImportJob.class, jobId);
        Caller caller = access.caller();
        if (job == null || !(job.submittedBy().equals(caller.username()) || caller.hasAny(Role.ADMIN, Role.SAS_MANAGER))) {
            throw new NotVisibleException("Import job " + jobId);
        }
        return ImportJobView.of(job);
    }

    private ImportJob load(String jobId) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job == null) {
            throw new IllegalStateException("No import job " + jobId);
        }
        return job;
    }
}

package uk.gov.pathway.kernel.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import uk.gov.pathway.kernel.identifiers.Laestab;
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

    /** Records a new job for the caller, limited to the schools the caller may import rows of. */
    public String queue(ImportKind kind) {
        Caller caller = access.caller();
        Set<String> schools = caller.schoolScope().allSchools() ? null
                : caller.schoolScope().schools().stream().map(Laestab::value).collect(Collectors.toSet());
        ImportJob job = new ImportJob(kind, schools, caller.username(), clock.instant());
        em.persist(job);
        return job.id();
    }

    public void received(String jobId, long bytes) {
        load(jobId).received(bytes);
    }

    /** Marks the job running and answers it (its kind and the schools it may touch). */
    public ImportJobView start(String jobId) {
        ImportJob job = load(jobId);
        job.start(clock.instant());
        return ImportJobView.of(job);
    }

    public Set<String> allowedSchools(String jobId) {
        ImportJob job = load(jobId);
        return job.anySchool() ? null : job.allowedSchools();
    }

    public void progress(String jobId, String phase, long bytesRead, int rowsRead) {
        load(jobId).progress(phase, bytesRead, rowsRead);
    }

    public void complete(String jobId, int rowsRead, int rowsImported) {
        complete(jobId, rowsRead, rowsImported, 0);
    }

    /** Ends a pupils import, some of whose rows wait as transfers for the council's confirmation. */
    public void complete(String jobId, int rowsRead, int rowsImported, int transfersAwaiting) {
        ImportJob job = load(jobId);
        job.complete(rowsRead, rowsImported, clock.instant());
        job.awaitingTransfers(transfersAwaiting);
    }

    /** Ends the job with every row of its file imported. */
    public void completeWholeFile(String jobId) {
        ImportJob job = load(jobId);
        job.complete(job.rowsRead(), job.rowsRead(), clock.instant());
    }

    /** Fails a job that has not ended yet (a job that ended keeps its outcome). */
    public void failIfRunning(String jobId, List<ImportRowError> errors) {
        ImportJob job = load(jobId);
        if (job.status() == ImportStatus.RUNNING || job.status() == ImportStatus.QUEUED) {
            job.fail(job.rowsRead(), errors, clock.instant());
        }
    }

    public void fail(String jobId, int rowsRead, List<ImportRowError> errors) {
        fail(jobId, rowsRead, errors, errors.size());
    }

    public void fail(String jobId, int rowsRead, List<ImportRowError> errors, int errorCount) {
        ImportJob job = load(jobId);
        job.fail(rowsRead, errors, clock.instant());
        job.countErrors(errorCount);
    }

    /** Jobs the server was running or had queued when it stopped: they start again from their files. */
    public List<String> interrupted() {
        return em.createQuery("select j.id from ImportJob j where j.status in :open order by j.submittedAt", String.class)
                .setParameter("open", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)).getResultList();
    }

    /** The job as it stands, for the server's own background work on it (no caller check). */
    public ImportJobView view(String jobId) {
        return ImportJobView.of(load(jobId));
    }

    public ImportKind kindOf(String jobId) {
        return load(jobId).kind();
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

package uk.gov.pathway.kernel.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
import uk.gov.pathway.kernel.cluster.ClusterNode;
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
        em.flush();
        runHere(job.id());
        return job.id();
    }

    public void received(String jobId, long bytes) {
        load(jobId).received(bytes);
    }

    /** Marks the job running and answers it (its kind and the schools it may touch). */
    public ImportJobView start(String jobId) {
        runHere(jobId);
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

    /**
     * Jobs this server ({@code node}, -Djboss.node.name) was running or had queued when it stopped, and those of no
     * node (recorded before nodes were): they start again from their files.
     */
    public List<String> interrupted(String node) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select id from import_job where status in ('QUEUED', 'RUNNING')"
                + " and (node_name is null or node_name = ?) order by submitted_at").setParameter(1, node).getResultList();
        return ids;
    }

    /** This node is alive: the heartbeat of the jobs it runs or has queued. */
    public int heartbeat(String node) {
        return em.createNativeQuery("update import_job set heartbeat_at = ? where node_name = ?"
                        + " and status in ('QUEUED', 'RUNNING')")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, node).executeUpdate();
    }

    /** An open job of another node, which has shown no sign of life since {@code silentSince} (real time). */
    public record Orphan(String jobId, String node) {
    }

    public List<Orphan> orphaned(String node, Instant silentSince) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, node_name from import_job where status in ('QUEUED',"
                        + " 'RUNNING') and node_name is not null and node_name <> ? and heartbeat_at < ? order by submitted_at")
                .setParameter(1, node).setParameter(2, Timestamp.from(silentSince)).getResultList();
        return rows.stream().map(r -> new Orphan((String) r[0], (String) r[1])).toList();
    }

    /** Moves the job from the stopped node to {@code node}; answers whether this call did (one node wins). */
    public boolean takeOver(Orphan orphan, String node) {
        return em.createNativeQuery("update import_job set node_name = ?, heartbeat_at = ? where id = ? and node_name = ?"
                        + " and status in ('QUEUED', 'RUNNING')")
                .setParameter(1, node).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, orphan.jobId())
                .setParameter(4, orphan.node()).executeUpdate() == 1;
    }

    /** Records this server as the job's node (a column the entity does not map: written before the entity changes). */
    private void runHere(String jobId) {
        em.createNativeQuery("update import_job set node_name = ?, heartbeat_at = ? where id = ?")
                .setParameter(1, ClusterNode.name()).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, jobId)
                .executeUpdate();
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

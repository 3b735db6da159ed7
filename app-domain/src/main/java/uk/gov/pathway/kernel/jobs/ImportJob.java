package uk.gov.pathway.kernel.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A file sent for import and what became of it. The file itself waits on the server's disk (the import spool) until the
 * job ends; the job records how far the import has read it, so that a person can watch the progress.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** At most this many invalid rows are listed (spec/API.md); the count says how many there were in all. */
    public static final int ERRORS_LISTED = 1000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    /** Rows of a pupils file that wait as transfers for the council's confirmation (counted, never named). */
    @Column(name = "transfers_awaiting", nullable = false)
    private int transfersAwaiting;

    @Column(name = "file_bytes")
    private Long fileBytes;

    @Column(name = "bytes_read")
    private Long bytesRead;

    @Column(name = "phase", length = 40)
    private String phase;

    /** Comma-separated LAESTABs of the schools the sender may import rows of; null for any school. */
    @Column(name = "allowed_schools", length = 400)
    private String allowedSchools;

    @ElementCollection
    @CollectionTable(name = "import_job_error", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "seq")
    private List<ImportRowError> errors = new ArrayList<>();

    @Version
    private long version;

    protected ImportJob() {
    }

    public ImportJob(ImportKind kind, Set<String> allowedSchools, String submittedBy, Instant submittedAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.allowedSchools = allowedSchools == null ? null : String.join(",", new TreeSet<>(allowedSchools));
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.status = ImportStatus.QUEUED;
    }

    public void received(long bytes) {
        fileBytes = bytes;
        bytesRead = 0L;
        phase = "Received";
    }

    /** Starts the job, or starts it again after the server stopped while it ran. */
    public void start(Instant now) {
        if (status != ImportStatus.QUEUED && status != ImportStatus.RUNNING) {
            throw new IllegalStateException("Import " + id + " has ended (" + status + ")");
        }
        status = ImportStatus.RUNNING;
        startedAt = now;
        bytesRead = 0L;
        phase = "Reading and checking the file";
    }

    public void progress(String phase, long bytesRead, int rowsRead) {
        this.phase = phase;
        this.bytesRead = bytesRead;
        this.rowsRead = rowsRead;
    }

    public void complete(int read, int imported, Instant now) {
        status = ImportStatus.COMPLETED;
        rowsRead = read;
        rowsImported = imported;
        finishedAt = now;
        bytesRead = fileBytes;
        phase = "Imported";
    }

    public void awaitingTransfers(int count) {
        transfersAwaiting = count;
    }

    /** Nothing of the file was imported; the first {@value #ERRORS_LISTED} problems are kept. */
    public void fail(int read, List<ImportRowError> problems, Instant now) {
        status = ImportStatus.FAILED;
        rowsRead = read;
        rowsImported = 0;
        errorCount = problems.size();
        errors.clear();
        errors.addAll(problems.subList(0, Math.min(problems.size(), ERRORS_LISTED)));
        finishedAt = now;
        phase = "Nothing imported";
    }

    /** For a file that had more invalid rows than are listed. */
    public void countErrors(int total) {
        errorCount = Math.max(errorCount, total);
    }

    public String id() {
        return id;
    }

    public ImportKind kind() {
        return kind;
    }

    public ImportStatus status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int rowsImported() {
        return rowsImported;
    }

    public int errorCount() {
        return errorCount;
    }

    public int transfersAwaiting() {
        return transfersAwaiting;
    }

    public List<ImportRowError> errors() {
        return List.copyOf(errors);
    }

    public Long fileBytes() {
        return fileBytes;
    }

    public Long bytesRead() {
        return bytesRead;
    }

    public String phase() {
        return phase;
    }

    /** The LAESTABs the sender may import rows of; empty when any school. */
    public Set<String> allowedSchools() {
        return allowedSchools == null ? Set.of() : Set.of(allowedSchools.split(","));
    }

    public boolean anySchool() {
        return allowedSchools == null;
    }
}

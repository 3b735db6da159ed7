package uk.gov.pathway.kernel.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A file sent for import and what became of it. The file itself is a separate entity behind a lazy one-to-one
 * (EclipseLink's dynamic weaving makes it lazy on WildFly), so that polling the status never reads megabytes. It is not a
 * lazy basic attribute: fetching one of those re-reads the row and drops changes not yet flushed.
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

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, optional = false)
    @PrimaryKeyJoinColumn
    private ImportFile file;

    @ElementCollection
    @CollectionTable(name = "import_job_error", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "seq")
    private List<ImportRowError> errors = new ArrayList<>();

    @Version
    private long version;

    protected ImportJob() {
    }

    public ImportJob(ImportKind kind, byte[] content, String submittedBy, Instant submittedAt) {
        if (content == null) {
            throw new IllegalArgumentException("An import needs a file");
        }
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.file = new ImportFile(id, content);
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.status = ImportStatus.QUEUED;
    }

    public void start(Instant now) {
        if (status != ImportStatus.QUEUED) {
            throw new IllegalStateException("Import " + id + " is " + status + ", not QUEUED");
        }
        status = ImportStatus.RUNNING;
        startedAt = now;
    }

    public void complete(int read, int imported, Instant now) {
        status = ImportStatus.COMPLETED;
        rowsRead = read;
        rowsImported = imported;
        finishedAt = now;
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

    public List<ImportRowError> errors() {
        return List.copyOf(errors);
    }

    public byte[] content() {
        return file.content();
    }

    /** The file is not needed once the import has ended; emptying it keeps the database small. */
    public void discardContent() {
        file.discard();
    }
}

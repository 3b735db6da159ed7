package uk.gov.pathway.kernel.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What a person polling an import sees (GET /imports/{jobId}). */
public record ImportJobView(String jobId, ImportKind kind, ImportStatus status, String submittedBy, Instant submittedAt,
                            Instant finishedAt, int rowsRead, int rowsImported, int errorCount,
                            List<ImportRowError> errors, String phase, Long fileBytes, Long bytesRead,
                            int transfersAwaiting) implements Serializable {

    /** How much of the file has been read, 0 to 100, for a progress bar. */
    public int percentRead() {
        if (status == ImportStatus.COMPLETED || status == ImportStatus.FAILED && rowsRead > 0) {
            return 100;
        }
        if (fileBytes == null || fileBytes == 0 || bytesRead == null) {
            return 0;
        }
        return (int) Math.min(100, bytesRead * 100 / fileBytes);
    }

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.kind(), job.status(), job.submittedBy(), job.submittedAt(),
                job.finishedAt(), job.rowsRead(), job.rowsImported(), job.errorCount(), job.errors(), job.phase(),
                job.fileBytes(), job.bytesRead(), job.transfersAwaiting());
    }
}

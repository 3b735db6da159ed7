package uk.gov.pathway.kernel.jobs;

import java.time.Instant;
import java.util.List;

/** What a person polling an import sees (GET /imports/{jobId}). */
public record ImportJobView(String jobId, ImportKind kind, ImportStatus status, String submittedBy, Instant submittedAt,
                            Instant finishedAt, int rowsRead, int rowsImported, int errorCount,
                            List<ImportRowError> errors) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.kind(), job.status(), job.submittedBy(), job.submittedAt(),
                job.finishedAt(), job.rowsRead(), job.rowsImported(), job.errorCount(), job.errors());
    }
}

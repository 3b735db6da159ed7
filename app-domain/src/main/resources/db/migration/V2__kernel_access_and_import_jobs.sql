-- Shared kernel: which school a school attendance lead works for, and the record of import jobs.
CREATE TABLE staff_assignment (
    username       VARCHAR(100) NOT NULL PRIMARY KEY,
    school_laestab VARCHAR(7)   NOT NULL,
    assigned_by    VARCHAR(100) NOT NULL,
    assigned_at    TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL
);

CREATE TABLE import_job (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    submitted_by  VARCHAR(100) NOT NULL,
    submitted_at  TIMESTAMP    NOT NULL,
    started_at    TIMESTAMP,
    finished_at   TIMESTAMP,
    rows_read     INTEGER      NOT NULL,
    rows_imported INTEGER      NOT NULL,
    error_count   INTEGER      NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE INDEX import_job_submitted_by ON import_job (submitted_by, submitted_at);

CREATE TABLE import_job_error (
    job_id      VARCHAR(36)   NOT NULL REFERENCES import_job (id),
    seq         INTEGER       NOT NULL,
    line_number INTEGER       NOT NULL,
    column_name VARCHAR(100),
    message     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (job_id, seq)
);

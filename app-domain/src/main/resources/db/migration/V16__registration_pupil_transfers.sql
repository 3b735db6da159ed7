-- A child moving school in year: a school's pupils file naming a child on roll elsewhere records a transfer for the
-- council to confirm (or the council records it by importing the row itself); confirmed, the old enrolment ends the
-- day before the new one starts. The school's own naming of the child is kept so the council can check it.
CREATE SEQUENCE pupil_transfer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pupil_transfer (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    pupil_id            BIGINT       NOT NULL REFERENCES pupil (id),
    to_school_id        BIGINT       NOT NULL REFERENCES school (id),
    from_school_id      BIGINT       REFERENCES school (id),
    start_date          DATE         NOT NULL,
    status              VARCHAR(10)  NOT NULL,
    named_forename      VARCHAR(100) NOT NULL,
    named_surname       VARCHAR(100) NOT NULL,
    named_date_of_birth DATE         NOT NULL,
    requested_by        VARCHAR(100) NOT NULL,
    requested_at        TIMESTAMP    NOT NULL,
    source              VARCHAR(200) NOT NULL,
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP,
    refusal_reason      VARCHAR(500),
    version             BIGINT       NOT NULL,
    CONSTRAINT pupil_transfer_status CHECK (status IN ('PENDING', 'CONFIRMED', 'REFUSED'))
);

CREATE INDEX pupil_transfer_status_idx ON pupil_transfer (status, requested_at);
CREATE INDEX pupil_transfer_pupil ON pupil_transfer (pupil_id);

-- How many rows of a pupils file wait as transfers for the council (GET /imports/{jobId}).
ALTER TABLE import_job ADD COLUMN transfers_awaiting INTEGER DEFAULT 0 NOT NULL;

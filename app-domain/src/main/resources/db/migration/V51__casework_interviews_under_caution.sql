-- Casework: a parent's interview under caution (PACE 1984 Code C), recorded on the case before any decision to
-- prosecute; an s444(1A) outcome needs that parent's interview (RULES.md, Prosecution). carer_id is registration's.
CREATE SEQUENCE case_interview_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_interview (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    case_id              BIGINT        NOT NULL REFERENCES case_file (id),
    carer_id             BIGINT        NOT NULL REFERENCES carer (id),
    interviewed_on       DATE          NOT NULL,
    place                VARCHAR(300)  NOT NULL,
    present              VARCHAR(1000) NOT NULL,
    caution              VARCHAR(1000) NOT NULL,
    parent_account       VARCHAR(8000) NOT NULL,
    recording_reference  VARCHAR(200)  NOT NULL,
    recorded_by          VARCHAR(100)  NOT NULL,
    recorded_at          TIMESTAMP     NOT NULL
);
CREATE INDEX case_interview_case ON case_interview (case_id);

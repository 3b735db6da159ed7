-- Shared kernel: the audit trail (every read and change of a child's record: who, when, what, from where), append
-- only, and the chronology (one timeline per child of what every module announced). Runs on PostgreSQL and on H2.
-- Neither refers to a module's tables: a child is kept by id, as the module that announced the event gave it.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE chronology_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP     NOT NULL,
    username       VARCHAR(100)  NOT NULL,
    action         VARCHAR(6)    NOT NULL,
    pupil_id       BIGINT,
    subject        VARCHAR(200)  NOT NULL,
    detail         VARCHAR(1000),
    remote_address VARCHAR(100)  NOT NULL,
    request        VARCHAR(500)  NOT NULL,
    CONSTRAINT audit_entry_action_known CHECK (action IN ('READ', 'CHANGE'))
);

-- The search: newest first, by person, by child.
CREATE INDEX audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX audit_entry_username ON audit_entry (username, occurred_at);
CREATE INDEX audit_entry_pupil ON audit_entry (pupil_id, occurred_at);

CREATE TABLE chronology_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    pupil_id    BIGINT        NOT NULL,
    case_id     BIGINT,
    module      VARCHAR(40)   NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    recorded_at TIMESTAMP     NOT NULL
);

CREATE INDEX chronology_entry_pupil ON chronology_entry (pupil_id, occurred_at);

-- Legal measures (issue 13): Education Supervision Orders, School Attendance Orders, parenting contracts, and the
-- prosecution files Legal Services review with their records, versioned documents and the court's outcome.
-- Cases, pupils and carers are other modules' tables: legal keeps their ids (foreign keys where the table exists).
CREATE SEQUENCE legal_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE legal_supervision_order (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    case_id                  BIGINT        NOT NULL REFERENCES case_file (id),
    pupil_id                 BIGINT        NOT NULL REFERENCES pupil (id),
    consulted_on             DATE,
    consultation             VARCHAR(4000),
    applied_on               DATE,
    heard_on                 DATE,
    made_on                  DATE          NOT NULL,
    ends_on                  DATE          NOT NULL,
    extension_window_opens   DATE,
    ends_with_compulsory_age BOOLEAN       NOT NULL,
    supervising_officer      VARCHAR(100)  NOT NULL,
    directions               VARCHAR(4000),
    wishes                   VARCHAR(4000),
    extensions               INTEGER       NOT NULL,
    ended_on                 DATE,
    end_reason               VARCHAR(1000),
    created_by               VARCHAR(100)  NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    version                  BIGINT        NOT NULL
);
CREATE INDEX legal_supervision_order_pupil ON legal_supervision_order (pupil_id);
CREATE INDEX legal_supervision_order_case ON legal_supervision_order (case_id);

-- What happened to an order after it was made: extensions, breaches (the parent's offence, the child's referral to
-- children's social care), its early end.
CREATE TABLE legal_order_event (
    id         BIGINT        NOT NULL PRIMARY KEY,
    order_id   BIGINT        NOT NULL REFERENCES legal_supervision_order (id),
    kind       VARCHAR(30)   NOT NULL,
    on_date    DATE          NOT NULL,
    note       VARCHAR(4000),
    by_user    VARCHAR(100)  NOT NULL,
    at_time    TIMESTAMP     NOT NULL
);
CREATE INDEX legal_order_event_order ON legal_order_event (order_id);

CREATE TABLE legal_prosecution_file (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    case_id             BIGINT        NOT NULL REFERENCES case_file (id),
    section             VARCHAR(8)    NOT NULL,
    carer_id            BIGINT        REFERENCES carer (id),
    carer_name          VARCHAR(200),
    period_from         DATE          NOT NULL,
    period_to           DATE          NOT NULL,
    lay_by              DATE          NOT NULL,
    warn_on             DATE,
    status              VARCHAR(12)   NOT NULL,
    decision_reference  VARCHAR(200),
    decided_on          DATE,
    s447_considered_on  DATE,
    s447_consideration  VARCHAR(4000),
    referred_on         DATE,
    referrals           INTEGER       NOT NULL,
    laid_on             DATE,
    concluded_on        DATE,
    opened_by           VARCHAR(100)  NOT NULL,
    opened_at           TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT legal_prosecution_file_section CHECK (section IN ('444(1)', '444(1A)')),
    CONSTRAINT legal_prosecution_file_status CHECK (status IN ('OPEN', 'REFERRED', 'RETURNED', 'ACCEPTED', 'DECLINED',
                                                              'CONCLUDED'))
);
CREATE INDEX legal_prosecution_file_case ON legal_prosecution_file (case_id);
CREATE INDEX legal_prosecution_file_by_status ON legal_prosecution_file (status);

CREATE TABLE legal_prosecution_file_pupil (
    file_id  BIGINT NOT NULL REFERENCES legal_prosecution_file (id),
    pupil_id BIGINT NOT NULL REFERENCES pupil (id),
    PRIMARY KEY (file_id, pupil_id)
);

-- The records of a file: interviews under caution (PACE Code C), s9 witness statements with exhibits, the
-- headteacher's s566 certificates (one per school), items of unused material, Legal Services' reviews, hearings.
CREATE TABLE legal_file_record (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    file_id               BIGINT        NOT NULL REFERENCES legal_prosecution_file (id),
    kind                  VARCHAR(30)   NOT NULL,
    occurred_on           DATE          NOT NULL,
    person                VARCHAR(200),
    laestab               VARCHAR(7),
    summary               VARCHAR(8000),
    exhibits              VARCHAR(4000),
    decision              VARCHAR(12),
    needed                VARCHAR(4000),
    plea                  VARCHAR(20),
    verdict               VARCHAR(20),
    fine                  NUMERIC(9, 2),
    costs                 NUMERIC(9, 2),
    surcharge             NUMERIC(9, 2),
    discharge_months      INTEGER,
    parenting_order_months INTEGER,
    programme             VARCHAR(1000),
    eso_direction         BOOLEAN,
    next_hearing_on       DATE,
    document_id           BIGINT,
    recorded_by           VARCHAR(100)  NOT NULL,
    recorded_at           TIMESTAMP     NOT NULL
);
CREATE INDEX legal_file_record_file ON legal_file_record (file_id);

-- Versioned documents of a file: signed PDFs uploaded (certificates, statements) and each bundle referred.
CREATE TABLE legal_file_document (
    id          BIGINT        NOT NULL PRIMARY KEY,
    file_id     BIGINT        NOT NULL REFERENCES legal_prosecution_file (id),
    kind        VARCHAR(30)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    version_no  INTEGER       NOT NULL,
    pages       INTEGER       NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    content     BYTEA         NOT NULL,
    uploaded_by VARCHAR(100)  NOT NULL,
    uploaded_at TIMESTAMP     NOT NULL,
    CONSTRAINT legal_file_document_version UNIQUE (file_id, kind, title, version_no)
);
CREATE INDEX legal_file_document_file ON legal_file_document (file_id);

-- The School Attendance Order procedure in force from a day (Parliament changed it in 2026: the council adds the new
-- procedure with the day it came into force; a case's steps keep the procedure in force when it began).
CREATE TABLE legal_sao_procedure (
    code          VARCHAR(40) NOT NULL PRIMARY KEY,
    in_force_from DATE        NOT NULL UNIQUE,
    s437_days     INTEGER     NOT NULL,
    s438_days     INTEGER     NOT NULL
);
INSERT INTO legal_sao_procedure (code, in_force_from, s437_days, s438_days) VALUES ('EA1996', DATE '1996-11-01', 15, 15);

CREATE TABLE legal_attendance_order (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES case_file (id),
    pupil_id          BIGINT        NOT NULL REFERENCES pupil (id),
    procedure_code    VARCHAR(40)   NOT NULL REFERENCES legal_sao_procedure (code),
    began_on          DATE          NOT NULL,
    step              VARCHAR(20)   NOT NULL,
    s437_served_on    DATE          NOT NULL,
    s437_period_ends  DATE          NOT NULL,
    s438_served_on    DATE,
    s438_period_ends  DATE,
    named_laestab     VARCHAR(7),
    order_made_on     DATE,
    order_laestab     VARCHAR(7),
    ended_on          DATE,
    end_reason        VARCHAR(1000),
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX legal_attendance_order_pupil ON legal_attendance_order (pupil_id);

CREATE TABLE legal_parenting_contract (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    case_id            BIGINT        NOT NULL REFERENCES case_file (id),
    pupil_id           BIGINT        NOT NULL REFERENCES pupil (id),
    parties            VARCHAR(2000) NOT NULL,
    parent_commitments VARCHAR(4000) NOT NULL,
    support_commitments VARCHAR(4000) NOT NULL,
    signed_on          DATE          NOT NULL,
    review_every_weeks INTEGER       NOT NULL,
    next_review_on     DATE,
    reviews            VARCHAR(8000),
    outcome            VARCHAR(20),
    ended_on           DATE,
    letter_id          BIGINT,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX legal_parenting_contract_pupil ON legal_parenting_contract (pupil_id);

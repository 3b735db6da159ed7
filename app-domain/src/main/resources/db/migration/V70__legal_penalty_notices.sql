-- Legal: the penalty notice register (2007 Regulations reg 20): every notice, its service, sessions, payments,
-- withdrawal and grounds. Children and carers are referred to by id: registration owns them.
CREATE SEQUENCE penalty_notice_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE penalty_notice (
    id                         BIGINT        NOT NULL PRIMARY KEY,
    pupil_id                   BIGINT        NOT NULL REFERENCES pupil (id),
    upn                        VARCHAR(13)   NOT NULL,
    laestab                    VARCHAR(7),
    carer_id                   BIGINT        NOT NULL REFERENCES carer (id),
    carer_name                 VARCHAR(201)  NOT NULL,
    sequence_no                INTEGER       NOT NULL,
    issued_on                  DATE          NOT NULL,
    issued_by                  VARCHAR(20)   NOT NULL,
    recorded_by                VARCHAR(100)  NOT NULL,
    recorded_at                TIMESTAMP     NOT NULL,
    service_method             VARCHAR(4)    NOT NULL,
    served_on                  DATE          NOT NULL,
    received_on                DATE          NOT NULL,
    reduced_amount             INTEGER,
    reduced_by                 DATE,
    full_amount                INTEGER       NOT NULL,
    full_by                    DATE          NOT NULL,
    main_reason                VARCHAR(10)   NOT NULL,
    without_notice_to_improve  VARCHAR(2000),
    status                     VARCHAR(20)   NOT NULL,
    settled_on                 DATE,
    unpaid_on                  DATE,
    withdrawal_ground          VARCHAR(40),
    withdrawal_reason          VARCHAR(2000),
    withdrawn_on               DATE,
    withdrawn_by               VARCHAR(100),
    refund_due                 NUMERIC(8, 2),
    refunded_on                DATE,
    prosecuted_on              DATE,
    acquitted                  BOOLEAN       NOT NULL,
    version                    BIGINT        NOT NULL
);
CREATE INDEX penalty_notice_pupil ON penalty_notice (pupil_id);
CREATE INDEX penalty_notice_carer ON penalty_notice (carer_id, pupil_id);
CREATE INDEX penalty_notice_issued ON penalty_notice (issued_on);

-- The sessions a notice covers: a session is never covered twice for the same parent (the unique key).
CREATE TABLE penalty_notice_session (
    notice_id     BIGINT       NOT NULL REFERENCES penalty_notice (id),
    carer_id      BIGINT       NOT NULL,
    pupil_id      BIGINT       NOT NULL,
    session_date  DATE         NOT NULL,
    session_half  VARCHAR(2)   NOT NULL,
    code          VARCHAR(2)   NOT NULL,
    PRIMARY KEY (notice_id, session_date, session_half)
);
CREATE UNIQUE INDEX penalty_notice_session_once ON penalty_notice_session (carer_id, pupil_id, session_date, session_half);

CREATE TABLE penalty_notice_payment (
    notice_id    BIGINT         NOT NULL REFERENCES penalty_notice (id),
    seq          INTEGER        NOT NULL,
    amount       NUMERIC(8, 2)  NOT NULL,
    paid_on      DATE           NOT NULL,
    reference    VARCHAR(60),
    recorded_by  VARCHAR(100)   NOT NULL,
    recorded_at  TIMESTAMP      NOT NULL,
    PRIMARY KEY (notice_id, seq)
);

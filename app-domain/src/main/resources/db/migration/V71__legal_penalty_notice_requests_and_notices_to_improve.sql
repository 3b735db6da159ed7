-- Legal: schools' requests for a penalty notice (with the evidence the code of conduct asks for) and the council's
-- decision; notices to improve (a final chance with an improvement period of 3 to 6 school weeks) and their outcome.
CREATE SEQUENCE penalty_notice_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notice_to_improve_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE penalty_notice_request (
    id               BIGINT        NOT NULL PRIMARY KEY,
    pupil_id         BIGINT        NOT NULL REFERENCES pupil (id),
    upn              VARCHAR(13)   NOT NULL,
    laestab          VARCHAR(7)    NOT NULL,
    sessions         VARCHAR(4000) NOT NULL,
    letters_sent     VARCHAR(2000) NOT NULL,
    leave_request    VARCHAR(2000),
    support_offered  VARCHAR(2000) NOT NULL,
    requested_by     VARCHAR(100)  NOT NULL,
    requested_on     DATE          NOT NULL,
    decide_by        DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    decided_on       DATE,
    decided_by       VARCHAR(100),
    decision_note    VARCHAR(2000),
    version          BIGINT        NOT NULL
);
CREATE INDEX penalty_notice_request_pupil ON penalty_notice_request (pupil_id);
CREATE INDEX penalty_notice_request_school ON penalty_notice_request (laestab, status);

CREATE TABLE notice_to_improve (
    id              BIGINT        NOT NULL PRIMARY KEY,
    pupil_id        BIGINT        NOT NULL REFERENCES pupil (id),
    upn             VARCHAR(13)   NOT NULL,
    laestab         VARCHAR(7),
    carer_id        BIGINT        NOT NULL REFERENCES carer (id),
    carer_name      VARCHAR(201)  NOT NULL,
    request_id      BIGINT        REFERENCES penalty_notice_request (id),
    issued_on       DATE          NOT NULL,
    school_weeks    INTEGER       NOT NULL,
    period_ends     DATE          NOT NULL,
    outcome         VARCHAR(20),
    outcome_on      DATE,
    outcome_note    VARCHAR(2000),
    issued_by       VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX notice_to_improve_pupil ON notice_to_improve (pupil_id);

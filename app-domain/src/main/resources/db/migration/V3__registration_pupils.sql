-- Registration: pupils, the schools they are on roll at, and the council's school calendar.
CREATE SEQUENCE pupil_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pupil (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    upn                    VARCHAR(13)  NOT NULL,
    forename               VARCHAR(100) NOT NULL,
    surname                VARCHAR(100) NOT NULL,
    date_of_birth          DATE         NOT NULL,
    year_group             VARCHAR(3)   NOT NULL,
    gender                 VARCHAR(1)   NOT NULL,
    postcode               VARCHAR(8),
    sen_status             VARCHAR(12)  NOT NULL,
    child_in_care          BOOLEAN      NOT NULL,
    child_protection_plan  BOOLEAN      NOT NULL,
    child_in_need          BOOLEAN      NOT NULL,
    young_carer            BOOLEAN      NOT NULL,
    free_school_meals      BOOLEAN      NOT NULL,
    english_additional_language BOOLEAN NOT NULL,
    social_worker          VARCHAR(200),
    registered_at          TIMESTAMP    NOT NULL,
    updated_at             TIMESTAMP    NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT pupil_upn_unique UNIQUE (upn)
);

CREATE TABLE enrolment (
    id                BIGINT      NOT NULL PRIMARY KEY,
    pupil_id          BIGINT      NOT NULL REFERENCES pupil (id),
    school_id         BIGINT      NOT NULL REFERENCES school (id),
    start_date        DATE        NOT NULL,
    end_date          DATE,
    leaving_reason    VARCHAR(200),
    dual_registration BOOLEAN     NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT enrolment_dates CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX enrolment_pupil ON enrolment (pupil_id);
CREATE INDEX enrolment_school ON enrolment (school_id, start_date);

CREATE SEQUENCE academic_year_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE academic_year (
    id         BIGINT      NOT NULL PRIMARY KEY,
    label      VARCHAR(7)  NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE        NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT academic_year_label_unique UNIQUE (label)
);

CREATE TABLE academic_year_period (
    academic_year_id BIGINT      NOT NULL REFERENCES academic_year (id),
    seq              INTEGER     NOT NULL,
    name             VARCHAR(40) NOT NULL,
    start_date       DATE        NOT NULL,
    end_date         DATE        NOT NULL,
    PRIMARY KEY (academic_year_id, seq)
);

CREATE TABLE academic_year_day (
    academic_year_id BIGINT      NOT NULL REFERENCES academic_year (id),
    calendar_day     DATE        NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    description      VARCHAR(100),
    PRIMARY KEY (academic_year_id, calendar_day),
    CONSTRAINT academic_year_day_kind CHECK (kind IN ('BANK_HOLIDAY', 'CLOSURE'))
);

-- A school's own closure or opening days that differ from the council calendar (INSET days, polling days).
CREATE TABLE school_calendar_exception (
    school_id   BIGINT      NOT NULL REFERENCES school (id),
    calendar_day DATE        NOT NULL,
    is_open      BOOLEAN     NOT NULL,
    description VARCHAR(100),
    PRIMARY KEY (school_id, calendar_day)
);

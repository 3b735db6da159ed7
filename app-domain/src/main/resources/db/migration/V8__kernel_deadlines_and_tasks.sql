-- Kernel: deadlines that fire by themselves (their persistent timers live in jboss_ejb_timer), the tasks they raise in
-- each person's inbox, the e-mail outbox, the drift watch on a subject's activity, the staff directory the e-mails
-- go to, and the offset of a test server's adjustable clock.
CREATE SEQUENCE deadline_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE activity_watch_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE deadline (
    id             BIGINT       NOT NULL PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    subject_type   VARCHAR(40)  NOT NULL,
    subject_id     BIGINT       NOT NULL,
    pupil_id       BIGINT,
    owner_username VARCHAR(100) NOT NULL,
    due_date       DATE         NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    fired_at       TIMESTAMP,
    escalated_at   TIMESTAMP,
    closed_at      TIMESTAMP,
    version        BIGINT       NOT NULL,
    CONSTRAINT deadline_status CHECK (status IN ('OPEN', 'FIRED', 'DONE', 'CANCELLED'))
);

CREATE INDEX deadline_subject ON deadline (subject_type, subject_id);
CREATE INDEX deadline_status_due ON deadline (status, due_date);

CREATE TABLE task (
    id             BIGINT        NOT NULL PRIMARY KEY,
    owner_username VARCHAR(100)  NOT NULL,
    kind           VARCHAR(40)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    detail         VARCHAR(1000),
    subject_type   VARCHAR(40)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    pupil_id       BIGINT,
    deadline_id    BIGINT        REFERENCES deadline (id),
    due_date       DATE          NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    done_at        TIMESTAMP,
    done_by        VARCHAR(100),
    version        BIGINT        NOT NULL
);

CREATE INDEX task_owner ON task (owner_username, done_at);
CREATE INDEX task_deadline ON task (deadline_id);
CREATE INDEX task_subject ON task (subject_type, subject_id);

CREATE TABLE mail_outbox (
    id         BIGINT        NOT NULL PRIMARY KEY,
    recipient  VARCHAR(200)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    sent_at    TIMESTAMP,
    attempts   INTEGER       NOT NULL,
    last_error VARCHAR(1000),
    version    BIGINT        NOT NULL
);

CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at);

CREATE TABLE activity_watch (
    id              BIGINT       NOT NULL PRIMARY KEY,
    subject_type    VARCHAR(40)  NOT NULL,
    subject_id      BIGINT       NOT NULL,
    owner_username  VARCHAR(100) NOT NULL,
    pupil_id        BIGINT,
    last_activity   DATE         NOT NULL,
    drift_raised_at TIMESTAMP,
    watching        BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT activity_watch_subject UNIQUE (subject_type, subject_id)
);

CREATE TABLE staff_directory (
    username         VARCHAR(100) NOT NULL PRIMARY KEY,
    full_name        VARCHAR(200) NOT NULL,
    email            VARCHAR(200) NOT NULL,
    manager_username VARCHAR(100),
    version          BIGINT       NOT NULL
);

CREATE TABLE clock_offset (
    id            INTEGER      NOT NULL PRIMARY KEY,
    offset_millis BIGINT       NOT NULL,
    moved_by      VARCHAR(100) NOT NULL,
    moved_at      TIMESTAMP    NOT NULL
);

-- Kernel: a deadline whose due date lies beyond the council's school calendar waits here, with its timescale and start,
-- until the administrator adds the academic year it falls in; then it is dated and set like any other (and the
-- administrator's CALENDAR_MISSING task that named it is done).
CREATE SEQUENCE deadline_waiting_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE deadline_waiting (
    id             BIGINT       NOT NULL PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    subject_type   VARCHAR(40)  NOT NULL,
    subject_id     BIGINT       NOT NULL,
    pupil_id       BIGINT,
    owner_username VARCHAR(100) NOT NULL,
    timescale      VARCHAR(40)  NOT NULL,
    starts_on      DATE         NOT NULL,
    task_id        BIGINT       NOT NULL REFERENCES task (id),
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);

CREATE INDEX deadline_waiting_subject ON deadline_waiting (subject_type, subject_id);

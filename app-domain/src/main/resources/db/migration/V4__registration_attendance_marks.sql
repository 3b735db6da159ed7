-- Attendance marks, designed for a county: 250,000 pupils x 380 sessions a year, kept for 6 years (about 570 million
-- marks). One row per pupil per week (Monday) holds the week's 14 sessions (Monday AM, Monday PM, ... Sunday PM) as one
-- storage character each ('-' where there is no mark): about 10 million rows a year instead of 95 million, so an
-- import writes a tenth of the index entries and a pupil's year is about 40 rows. The mark is still identified by
-- (pupil, date, session): the date gives the row and the slot.
CREATE TABLE attendance_week (
    pupil_id   BIGINT      NOT NULL,
    week_start DATE        NOT NULL,
    marks      VARCHAR(14) NOT NULL,
    PRIMARY KEY (pupil_id, week_start)
);

-- Every mark a later import changed: the old and new code (storage characters), when and by which import.
CREATE TABLE attendance_mark_change (
    pupil_id   BIGINT      NOT NULL,
    mark_date  DATE        NOT NULL,
    session    VARCHAR(2)  NOT NULL,
    old_code   VARCHAR(1)  NOT NULL,
    new_code   VARCHAR(1)  NOT NULL,
    job_id     VARCHAR(36) NOT NULL,
    changed_at TIMESTAMP   NOT NULL
);

CREATE INDEX attendance_mark_change_pupil ON attendance_mark_change (pupil_id, mark_date);

-- An import stages its week rows in a table of its own (attendance_stage_<job>, unlogged on PostgreSQL), created and
-- dropped by the import: COPY fills a fresh table at full speed and dropping it is instant.

-- The 14 session slots of a week, to spread a week row into marks in set-based SQL on every database.
CREATE TABLE week_slot (
    slot       INTEGER    NOT NULL PRIMARY KEY,
    day_offset INTEGER    NOT NULL,
    session    VARCHAR(2) NOT NULL
);

INSERT INTO week_slot (slot, day_offset, session) VALUES
    (0, 0, 'AM'), (1, 0, 'PM'), (2, 1, 'AM'), (3, 1, 'PM'), (4, 2, 'AM'), (5, 2, 'PM'), (6, 3, 'AM'),
    (7, 3, 'PM'), (8, 4, 'AM'), (9, 4, 'PM'), (10, 5, 'AM'), (11, 5, 'PM'), (12, 6, 'AM'), (13, 6, 'PM');

ALTER TABLE import_job ADD COLUMN file_bytes BIGINT;
ALTER TABLE import_job ADD COLUMN bytes_read BIGINT;
ALTER TABLE import_job ADD COLUMN phase VARCHAR(40);
-- The schools whose rows the sender may import (comma-separated LAESTABs); empty for any school.
ALTER TABLE import_job ADD COLUMN allowed_schools VARCHAR(400);

-- The weeks in which a pupil has unauthorised absences (codes G, N, O, U: stored as themselves), with only those marks
-- ('-' elsewhere) and how many: about one week row in five. The council-wide penalty notice threshold counts and reads
-- these instead of every week row of the window (AttendanceWeeks); the import's merge keeps them equal to
-- attendance_week (WeekStage), in the same transaction. Keyed by week first: the threshold reads a range of weeks.
CREATE TABLE attendance_unauthorised_week (
    week_start DATE        NOT NULL,
    pupil_id   BIGINT      NOT NULL,
    sessions   SMALLINT    NOT NULL,
    marks      VARCHAR(14) NOT NULL,
    PRIMARY KEY (week_start, pupil_id)
);

INSERT INTO attendance_unauthorised_week (week_start, pupil_id, sessions, marks)
SELECT week_start, pupil_id,
       LENGTH(marks) - LENGTH(REPLACE(REPLACE(REPLACE(REPLACE(marks, 'G', ''), 'N', ''), 'O', ''), 'U', '')),
       CASE WHEN SUBSTRING(marks, 1, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 1, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 2, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 2, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 3, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 3, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 4, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 4, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 5, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 5, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 6, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 6, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 7, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 7, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 8, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 8, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 9, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 9, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 10, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 10, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 11, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 11, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 12, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 12, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 13, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 13, 1) ELSE '-' END
       || CASE WHEN SUBSTRING(marks, 14, 1) IN ('G', 'N', 'O', 'U') THEN SUBSTRING(marks, 14, 1) ELSE '-' END
  FROM attendance_week
 WHERE LENGTH(marks) > LENGTH(REPLACE(REPLACE(REPLACE(REPLACE(marks, 'G', ''), 'N', ''), 'O', ''), 'U', ''));

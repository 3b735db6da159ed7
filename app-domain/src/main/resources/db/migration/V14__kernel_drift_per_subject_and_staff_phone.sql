-- Drift counts against the subject's own limit: a case's pathway model says after how many school days without
-- recorded activity it drifts (pathway_model.drift_school_days). NULL: the system default (pathway.drift.school-days).
ALTER TABLE activity_watch ADD COLUMN drift_school_days INTEGER;

-- The telephone number a letter gives for the officer who signs it (optional).
ALTER TABLE staff_directory ADD COLUMN phone VARCHAR(40);

-- The outbox tries a message a bounded number of times with back-off (kernel.deadlines.MailRetry): when it is next
-- due, and when it was given up (FAILED, shown on the administrator's System health page). Unsent rows are due now.
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE mail_outbox ADD COLUMN failed_at TIMESTAMP;
UPDATE mail_outbox SET next_attempt_at = created_at;
ALTER TABLE mail_outbox ALTER COLUMN next_attempt_at SET NOT NULL;
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);
CREATE INDEX mail_outbox_failed ON mail_outbox (failed_at);

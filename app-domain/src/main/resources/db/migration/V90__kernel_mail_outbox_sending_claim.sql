-- An e-mail is claimed (sending_since, sending_node) in a transaction of its own before it is handed to the mail
-- server, and the claim is cleared when the outcome is recorded. A claim left behind means a server stopped between
-- the two: the message may have gone, so it is never sent again (kernel.deadlines.MailOutbox: FAILED, "in doubt").
ALTER TABLE mail_outbox ADD COLUMN sending_since TIMESTAMP;
ALTER TABLE mail_outbox ADD COLUMN sending_node VARCHAR(100);

-- Each figures or profile request writes an audit entry; with blocks of 50 ids the server fetched a new block every 50
-- reads, and 20 requests at once queued behind that one fetch. Blocks of 1000 now (AuditEntry's allocationSize): the
-- first new block starts above every id the old blocks could hand out. (H2: db/vendor/h2, same version.)
ALTER SEQUENCE audit_entry_seq INCREMENT BY 1000;
SELECT setval('audit_entry_seq', (SELECT last_value FROM audit_entry_seq) + 1000);

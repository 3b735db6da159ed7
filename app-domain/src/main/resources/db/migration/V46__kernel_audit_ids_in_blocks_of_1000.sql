-- Each figures or profile request writes an audit entry; with blocks of 50 ids the server fetched a new block every 50
-- reads, and 20 requests at once queued behind that one fetch. Blocks of 1000 (AuditEntry's allocationSize): the next
-- block starts above every id handed out so far.
ALTER SEQUENCE audit_entry_seq INCREMENT BY 1000;

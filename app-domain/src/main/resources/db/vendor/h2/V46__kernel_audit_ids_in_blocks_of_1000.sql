-- Audit ids in blocks of 1000 (AuditEntry's allocationSize), as on PostgreSQL (db/vendor/postgresql, same version):
-- the first new block starts above every id already written.
ALTER SEQUENCE audit_entry_seq INCREMENT BY 1000 RESTART WITH (SELECT COALESCE(MAX(id), 0) + 2000 FROM audit_entry);

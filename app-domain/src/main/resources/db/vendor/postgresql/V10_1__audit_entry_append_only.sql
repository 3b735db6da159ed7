-- PostgreSQL only: the audit trail is append-only for everyone who uses the database, not just for the product.
-- UPDATE, DELETE and TRUNCATE of audit_entry are refused; only INSERT is left. (H2, the demo's database, has no
-- triggers in SQL; there the product's own lack of any update or delete path is what keeps the trail.)
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % of audit_entry is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

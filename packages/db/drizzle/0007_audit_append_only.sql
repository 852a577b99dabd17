-- The audit trail is append-only for every database role, the application's included: a
-- trigger refuses UPDATE, DELETE and TRUNCATE, so even a compromised app connection cannot
-- rewrite who looked at a chart. (Issue 8 adds a non-owner app role on top of this.)
CREATE OR REPLACE FUNCTION stride_audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION stride_audit_log_append_only();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION stride_audit_log_append_only();

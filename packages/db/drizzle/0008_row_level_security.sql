-- Row-level security under the application's own organisation filters (issue 8): if a query
-- forgets `organization_id = …`, PostgreSQL still returns and accepts only the current
-- organisation's rows. The app connects as stride_app (neither owner nor superuser) and sets
-- `stride.organization_id` per transaction; migrations and the seed run as the owner, a superuser
-- that RLS does not apply to. New tenant tables call stride_enable_tenant_rls() in their own
-- migration; packages/db/test/row-level-security.test.ts fails on any that does not.
DO $$
BEGIN
  -- Roles are cluster-wide: another database on this server may have created it (even now).
  CREATE ROLE stride_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO stride_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stride_app;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO stride_app;--> statement-breakpoint
-- Tables later migrations create (as the owner) are the app's to use too; RLS is their own step.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO stride_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO stride_app;--> statement-breakpoint
-- The audit trail is append-only by trigger already; the app is not even granted the verbs.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM stride_app;--> statement-breakpoint
-- pg-boss installs and partitions its own schema at boot, so the app owns that schema (job rows
-- are not tenant data). A schema pg-boss created before this migration is handed over whole.
CREATE SCHEMA IF NOT EXISTS pgboss AUTHORIZATION stride_app;--> statement-breakpoint
DO $$
DECLARE r record;
BEGIN
  IF (SELECT nspowner FROM pg_namespace WHERE nspname = 'pgboss') = 'stride_app'::regrole THEN
    RETURN;
  END IF;
  ALTER SCHEMA pgboss OWNER TO stride_app;
  FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
    WHERE c.relnamespace = 'pgboss'::regnamespace AND c.relkind IN ('r', 'p') LOOP
    EXECUTE format('ALTER TABLE %s OWNER TO stride_app', r.name);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
    WHERE p.pronamespace = 'pgboss'::regnamespace LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO stride_app', r.name);
  END LOOP;
  FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
    WHERE t.typnamespace = 'pgboss'::regnamespace AND t.typtype = 'e' LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO stride_app', r.name);
  END LOOP;
END $$;--> statement-breakpoint
-- NULL (no organisation set) matches no row: a forgotten set_config reads nothing.
CREATE FUNCTION stride_organization_id() RETURNS uuid LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('stride.organization_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION stride_user_id() RETURNS uuid LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('stride.user_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION stride_enable_tenant_rls(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  -- FORCE: a non-superuser owner is held to the policy as well.
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (organization_id = stride_organization_id()) '
    'WITH CHECK (organization_id = stride_organization_id())', t);
END $$;--> statement-breakpoint
REVOKE ALL ON FUNCTION stride_enable_tenant_rls(regclass) FROM PUBLIC;--> statement-breakpoint
SELECT stride_enable_tenant_rls('locations');--> statement-breakpoint
SELECT stride_enable_tenant_rls('resources');--> statement-breakpoint
SELECT stride_enable_tenant_rls('membership_locations');--> statement-breakpoint
SELECT stride_enable_tenant_rls('memberships');--> statement-breakpoint
SELECT stride_enable_tenant_rls('patients');--> statement-breakpoint
SELECT stride_enable_tenant_rls('audit_log');--> statement-breakpoint
SELECT stride_enable_tenant_rls('appointment_allocations');--> statement-breakpoint
SELECT stride_enable_tenant_rls('appointment_types');--> statement-breakpoint
SELECT stride_enable_tenant_rls('appointments');--> statement-breakpoint
SELECT stride_enable_tenant_rls('availability_exceptions');--> statement-breakpoint
SELECT stride_enable_tenant_rls('working_hours');--> statement-breakpoint
SELECT stride_enable_tenant_rls('outbox_messages');--> statement-breakpoint
SELECT stride_enable_tenant_rls('waitlist_entries');--> statement-breakpoint
SELECT stride_enable_tenant_rls('waitlist_offers');--> statement-breakpoint
SELECT stride_enable_tenant_rls('diagnoses');--> statement-breakpoint
SELECT stride_enable_tenant_rls('encounter_addenda');--> statement-breakpoint
SELECT stride_enable_tenant_rls('encounters');--> statement-breakpoint
SELECT stride_enable_tenant_rls('exercise_logs');--> statement-breakpoint
SELECT stride_enable_tenant_rls('intakes');--> statement-breakpoint
SELECT stride_enable_tenant_rls('pain_logs');--> statement-breakpoint
SELECT stride_enable_tenant_rls('plans');--> statement-breakpoint
SELECT stride_enable_tenant_rls('questionnaire_responses');--> statement-breakpoint
SELECT stride_enable_tenant_rls('staff_invitations');--> statement-breakpoint
SELECT stride_enable_tenant_rls('discharges');--> statement-breakpoint
SELECT stride_enable_tenant_rls('prior_profile_versions');--> statement-breakpoint
SELECT stride_enable_tenant_rls('prior_profiles');--> statement-breakpoint
SELECT stride_enable_tenant_rls('race_decisions');--> statement-breakpoint
SELECT stride_enable_tenant_rls('follow_up_requests');--> statement-breakpoint
SELECT stride_enable_tenant_rls('instrument_item_texts');--> statement-breakpoint
SELECT stride_enable_tenant_rls('data_exports');--> statement-breakpoint
-- The organisation row itself: only the current one.
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON organizations USING (id = stride_organization_id())
  WITH CHECK (id = stride_organization_id());--> statement-breakpoint
-- Sessions belong to a person: "sign out everywhere" after a password change reaches the
-- person's sessions in every organisation they work for, and nobody else's.
ALTER TABLE auth_sessions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE auth_sessions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON auth_sessions
  USING (organization_id = stride_organization_id() OR user_id = stride_user_id())
  WITH CHECK (organization_id = stride_organization_id());--> statement-breakpoint
-- The only ways in before an organisation is known, each answering one narrow question as the
-- owner (SECURITY DEFINER). Callers then set the organisation and read under the policies.
-- Whose session is this? (loading the viewer, signing out)
CREATE FUNCTION stride_session_tenant(p_session_id uuid)
RETURNS TABLE (organization_id uuid, user_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$ SELECT s.organization_id, s.user_id FROM auth_sessions s WHERE s.id = p_session_id $$;--> statement-breakpoint
-- Which organisation does this person sign in to? (their first active membership)
CREATE FUNCTION stride_sign_in_membership(p_user_id uuid)
RETURNS TABLE (organization_id uuid, role text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
  SELECT m.organization_id, m.role::text FROM memberships m
  WHERE m.user_id = p_user_id AND m.active ORDER BY m.created_at LIMIT 1
$$;--> statement-breakpoint
-- Which organisation sent the invitation behind this link? (the 256-bit token is the credential)
CREATE FUNCTION stride_invitation_organization(p_token_hash text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$ SELECT i.organization_id FROM staff_invitations i WHERE i.token_hash = p_token_hash $$;--> statement-breakpoint
REVOKE ALL ON FUNCTION stride_session_tenant(uuid) FROM PUBLIC;--> statement-breakpoint
REVOKE ALL ON FUNCTION stride_sign_in_membership(uuid) FROM PUBLIC;--> statement-breakpoint
REVOKE ALL ON FUNCTION stride_invitation_organization(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION stride_session_tenant(uuid) TO stride_app;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION stride_sign_in_membership(uuid) TO stride_app;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION stride_invitation_organization(text) TO stride_app;

-- Every change that can alter an organisation's list of prior profiles (its default, its own
-- profiles and their versions, or the name of whoever saved a version) says so on the
-- stride_priors channel with the organisation's id, so a server that remembers the list forgets
-- it at once (packages/api/src/priors/list-prior-profiles.ts, packages/api/src/org-cache.ts).
-- NOTIFY is delivered at commit, never for a rolled-back change. Users carry no organisation: a
-- renamed user, or a TRUNCATE, says '*' (every organisation).
CREATE FUNCTION stride_priors_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' OR TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('stride_priors', '*');
  ELSIF TG_TABLE_NAME = 'organizations' THEN
    PERFORM pg_notify('stride_priors', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END::text);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('stride_priors', OLD.organization_id::text);
  ELSE
    PERFORM pg_notify('stride_priors', NEW.organization_id::text);
    IF TG_OP = 'UPDATE' AND OLD.organization_id IS DISTINCT FROM NEW.organization_id THEN
      PERFORM pg_notify('stride_priors', OLD.organization_id::text);
    END IF;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER prior_profiles_priors_changed AFTER INSERT OR UPDATE OR DELETE ON prior_profiles FOR EACH ROW EXECUTE FUNCTION stride_priors_changed();--> statement-breakpoint
CREATE TRIGGER prior_profiles_priors_truncated AFTER TRUNCATE ON prior_profiles FOR EACH STATEMENT EXECUTE FUNCTION stride_priors_changed();--> statement-breakpoint
CREATE TRIGGER prior_profile_versions_priors_changed AFTER INSERT OR UPDATE OR DELETE ON prior_profile_versions FOR EACH ROW EXECUTE FUNCTION stride_priors_changed();--> statement-breakpoint
CREATE TRIGGER prior_profile_versions_priors_truncated AFTER TRUNCATE ON prior_profile_versions FOR EACH STATEMENT EXECUTE FUNCTION stride_priors_changed();--> statement-breakpoint
CREATE TRIGGER organizations_priors_changed AFTER UPDATE OF default_prior_profile OR DELETE ON organizations FOR EACH ROW EXECUTE FUNCTION stride_priors_changed();--> statement-breakpoint
CREATE TRIGGER organizations_priors_truncated AFTER TRUNCATE ON organizations FOR EACH STATEMENT EXECUTE FUNCTION stride_priors_changed();--> statement-breakpoint
CREATE TRIGGER users_priors_changed AFTER UPDATE OF name ON users FOR EACH ROW EXECUTE FUNCTION stride_priors_changed();

-- Who is calling, remembered between requests. A server keeps what stride_viewer answered for a
-- session until the answer could next differ on its own (the session's next touch, absolute
-- expiry or idle deadline: `recheck_at`, at most a minute away) and forgets it at once when
-- anything the answer was made from changes (packages/api/src/viewer-cache.ts). Each request of
-- a signed-in member used to spend a round trip on this lookup, about a millisecond of the
-- server's CPU on the benchmark host, as much as a cheap read's own work.
--
-- Changes say so on the stride_viewers channel, delivered at commit and never for a rolled-back
-- change: a session's own change (revoked, expiry, deleted) as 'session:<id>', but not the touch
-- of last_seen_at, which `recheck_at` times; a membership, its locations or the organisation's
-- name by the organisation's id; a user's name or email, which users carry for every
-- organisation, and any TRUNCATE, as '*'.
CREATE FUNCTION stride_viewers_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' OR TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('stride_viewers', '*');
  ELSIF TG_TABLE_NAME = 'auth_sessions' THEN
    PERFORM pg_notify('stride_viewers',
      'session:' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END::text);
  ELSIF TG_TABLE_NAME = 'organizations' THEN
    PERFORM pg_notify('stride_viewers', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END::text);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('stride_viewers', OLD.organization_id::text);
  ELSE
    PERFORM pg_notify('stride_viewers', NEW.organization_id::text);
    IF TG_OP = 'UPDATE' AND OLD.organization_id IS DISTINCT FROM NEW.organization_id THEN
      PERFORM pg_notify('stride_viewers', OLD.organization_id::text);
    END IF;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER auth_sessions_viewers_changed AFTER UPDATE OF revoked_at, expires_at, idle_timeout_seconds, user_id, organization_id OR DELETE ON auth_sessions FOR EACH ROW EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER auth_sessions_viewers_truncated AFTER TRUNCATE ON auth_sessions FOR EACH STATEMENT EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER memberships_viewers_changed AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER memberships_viewers_truncated AFTER TRUNCATE ON memberships FOR EACH STATEMENT EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER membership_locations_viewers_changed AFTER INSERT OR UPDATE OR DELETE ON membership_locations FOR EACH ROW EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER membership_locations_viewers_truncated AFTER TRUNCATE ON membership_locations FOR EACH STATEMENT EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER organizations_viewers_changed AFTER UPDATE OF name OR DELETE ON organizations FOR EACH ROW EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER organizations_viewers_truncated AFTER TRUNCATE ON organizations FOR EACH STATEMENT EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER users_viewers_changed AFTER UPDATE OF name, email OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
CREATE TRIGGER users_viewers_truncated AFTER TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION stride_viewers_changed();--> statement-breakpoint
-- The same judgement as 0011's, which it replaces, answering also when it could next differ.
DROP FUNCTION stride_viewer(uuid, timestamptz, integer);--> statement-breakpoint
CREATE FUNCTION stride_viewer(p_session_id uuid, p_now timestamptz, p_touch_seconds integer)
RETURNS TABLE (
  status text,
  user_id uuid,
  organization_id uuid,
  name text,
  email text,
  organization_name text,
  role text,
  all_locations boolean,
  location_ids uuid[],
  recheck_at timestamptz
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
  s auth_sessions%ROWTYPE;
  seen timestamptz;
BEGIN
  SELECT * INTO s FROM auth_sessions a WHERE a.id = p_session_id;
  IF NOT FOUND OR s.revoked_at IS NOT NULL OR s.expires_at <= p_now THEN
    RETURN QUERY SELECT 'ended'::text, NULL::uuid, NULL::uuid, NULL::text, NULL::text, NULL::text,
      NULL::text, NULL::boolean, NULL::uuid[], NULL::timestamptz;
    RETURN;
  END IF;
  IF s.idle_timeout_seconds IS NOT NULL
     AND p_now - s.last_seen_at > make_interval(secs => s.idle_timeout_seconds) THEN
    UPDATE auth_sessions a SET revoked_at = p_now WHERE a.id = p_session_id AND a.revoked_at IS NULL;
    RETURN QUERY SELECT 'ended'::text, NULL::uuid, NULL::uuid, NULL::text, NULL::text, NULL::text,
      NULL::text, NULL::boolean, NULL::uuid[], NULL::timestamptz;
    RETURN;
  END IF;
  seen := s.last_seen_at;
  IF p_now - s.last_seen_at > make_interval(secs => p_touch_seconds) THEN
    UPDATE auth_sessions a SET last_seen_at = p_now WHERE a.id = p_session_id;
    seen := p_now;
  END IF;
  -- An active session whose membership is gone or deactivated comes back with a null role.
  RETURN QUERY
    SELECT 'active'::text, s.user_id, s.organization_id, u.name, u.email, o.name, m.role::text,
      m.all_locations,
      CASE WHEN m.all_locations THEN NULL ELSE ARRAY(
        SELECT ml.location_id FROM membership_locations ml
        WHERE ml.organization_id = s.organization_id AND ml.user_id = s.user_id
        ORDER BY ml.location_id) END,
      -- The next touch is due, or the session ends by time: this answer holds until then.
      least(seen + make_interval(secs => p_touch_seconds), s.expires_at,
        seen + make_interval(secs => s.idle_timeout_seconds))
    FROM (SELECT 1) one
    LEFT JOIN memberships m
      ON m.user_id = s.user_id AND m.organization_id = s.organization_id AND m.active
    LEFT JOIN users u ON u.id = m.user_id
    LEFT JOIN organizations o ON o.id = m.organization_id;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION stride_viewer(uuid, timestamptz, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION stride_viewer(uuid, timestamptz, integer) TO stride_app;

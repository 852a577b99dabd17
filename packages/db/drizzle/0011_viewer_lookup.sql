-- Who is calling, in one round trip. Every signed-in request used to spend about nine
-- statements (a transaction, the session lookup, a savepoint, the membership and location reads)
-- before its own work; at group scale that was most of a cheap read's cost. This function
-- judges the session (revoked, past its absolute expiry, idle too long: the idle one is revoked
-- on the spot), touches last_seen_at at most every p_touch_seconds, and returns the live
-- membership with its location scope. SECURITY DEFINER like the narrow lookups of 0008: it
-- answers a single question about a session whose 122-bit random id is the credential.
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
  location_ids uuid[]
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
  s auth_sessions%ROWTYPE;
BEGIN
  SELECT * INTO s FROM auth_sessions a WHERE a.id = p_session_id;
  IF NOT FOUND OR s.revoked_at IS NOT NULL OR s.expires_at <= p_now THEN
    RETURN QUERY SELECT 'ended'::text, NULL::uuid, NULL::uuid, NULL::text, NULL::text, NULL::text,
      NULL::text, NULL::boolean, NULL::uuid[];
    RETURN;
  END IF;
  IF s.idle_timeout_seconds IS NOT NULL
     AND p_now - s.last_seen_at > make_interval(secs => s.idle_timeout_seconds) THEN
    UPDATE auth_sessions a SET revoked_at = p_now WHERE a.id = p_session_id AND a.revoked_at IS NULL;
    RETURN QUERY SELECT 'ended'::text, NULL::uuid, NULL::uuid, NULL::text, NULL::text, NULL::text,
      NULL::text, NULL::boolean, NULL::uuid[];
    RETURN;
  END IF;
  IF p_now - s.last_seen_at > make_interval(secs => p_touch_seconds) THEN
    UPDATE auth_sessions a SET last_seen_at = p_now WHERE a.id = p_session_id;
  END IF;
  -- An active session whose membership is gone or deactivated comes back with a null role.
  RETURN QUERY
    SELECT 'active'::text, s.user_id, s.organization_id, u.name, u.email, o.name, m.role::text,
      m.all_locations,
      CASE WHEN m.all_locations THEN NULL ELSE ARRAY(
        SELECT ml.location_id FROM membership_locations ml
        WHERE ml.organization_id = s.organization_id AND ml.user_id = s.user_id
        ORDER BY ml.location_id) END
    FROM (SELECT 1) one
    LEFT JOIN memberships m
      ON m.user_id = s.user_id AND m.organization_id = s.organization_id AND m.active
    LEFT JOIN users u ON u.id = m.user_id
    LEFT JOIN organizations o ON o.id = m.organization_id;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION stride_viewer(uuid, timestamptz, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION stride_viewer(uuid, timestamptz, integer) TO stride_app;

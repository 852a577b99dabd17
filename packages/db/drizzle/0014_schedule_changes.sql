-- Every change that can alter which slots a location offers says so on the stride_schedule
-- channel, with the organisation it belongs to, so a server that remembers computed weeks of
-- slots forgets that organisation's at once (packages/api/src/scheduling/slot-cache.ts). NOTIFY
-- is delivered at commit, never for a rolled-back change. Users carry no organisation: a renamed
-- clinician, or a TRUNCATE, says '*' (every organisation). An appointment's ordinary progress
-- (booked, checked in, completed, no-show) holds the same time throughout, so only changes the
-- slots can see announce themselves: its times, place, clinician, hold, or (un)cancelling.
CREATE FUNCTION stride_schedule_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' OR TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('stride_schedule', '*');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('stride_schedule', OLD.organization_id::text);
  ELSE
    PERFORM pg_notify('stride_schedule', NEW.organization_id::text);
    IF TG_OP = 'UPDATE' AND OLD.organization_id IS DISTINCT FROM NEW.organization_id THEN
      PERFORM pg_notify('stride_schedule', OLD.organization_id::text);
    END IF;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER appointments_schedule_changed AFTER INSERT OR DELETE ON appointments FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER appointments_schedule_updated AFTER UPDATE ON appointments FOR EACH ROW
  WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id
    OR OLD.location_id IS DISTINCT FROM NEW.location_id
    OR OLD.clinician_id IS DISTINCT FROM NEW.clinician_id
    OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
    OR OLD.ends_at IS DISTINCT FROM NEW.ends_at
    OR OLD.hold_expires_at IS DISTINCT FROM NEW.hold_expires_at
    OR (OLD.status = 'cancelled') IS DISTINCT FROM (NEW.status = 'cancelled')
    OR (OLD.status = 'held') IS DISTINCT FROM (NEW.status = 'held'))
  EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER appointments_schedule_truncated AFTER TRUNCATE ON appointments FOR EACH STATEMENT EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER appointment_allocations_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON appointment_allocations FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER appointment_allocations_schedule_truncated AFTER TRUNCATE ON appointment_allocations FOR EACH STATEMENT EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER working_hours_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON working_hours FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER working_hours_schedule_truncated AFTER TRUNCATE ON working_hours FOR EACH STATEMENT EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER availability_exceptions_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON availability_exceptions FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER availability_exceptions_schedule_truncated AFTER TRUNCATE ON availability_exceptions FOR EACH STATEMENT EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER resources_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON resources FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER resources_schedule_truncated AFTER TRUNCATE ON resources FOR EACH STATEMENT EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER locations_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON locations FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER locations_schedule_truncated AFTER TRUNCATE ON locations FOR EACH STATEMENT EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER appointment_types_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON appointment_types FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER appointment_types_schedule_truncated AFTER TRUNCATE ON appointment_types FOR EACH STATEMENT EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER memberships_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER memberships_schedule_truncated AFTER TRUNCATE ON memberships FOR EACH STATEMENT EXECUTE FUNCTION stride_schedule_changed();--> statement-breakpoint
CREATE TRIGGER users_schedule_changed AFTER UPDATE OF name ON users FOR EACH ROW EXECUTE FUNCTION stride_schedule_changed();

CREATE TABLE "caseload_flags" (
	"organization_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"version" bigint NOT NULL,
	"rules" text NOT NULL,
	"flags" jsonb NOT NULL,
	"top_severity" smallint NOT NULL,
	"top_flag" smallint NOT NULL,
	"flag_count" smallint NOT NULL,
	"flag_ids" text[] NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "caseload_flags_organization_id_patient_id_pk" PRIMARY KEY("organization_id","patient_id")
);
--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "flags_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "caseload_flags" ADD CONSTRAINT "caseload_flags_organization_id_patient_id_patients_organization_id_id_fk" FOREIGN KEY ("organization_id","patient_id") REFERENCES "public"."patients"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Caseload flags are cached per patient (issue 9: computing them for a 500-patient caseload on
-- every request cost ~70 ms). The cache is only as good as its invalidation, so it is not left
-- to each writer: every table the flags read bumps patients.flags_version by trigger, and a
-- cached row labelled with an older version is computed again on the next caseload read.
SELECT stride_enable_tenant_rls('caseload_flags');--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON caseload_flags TO stride_app;--> statement-breakpoint
-- Runs as the writer (no SECURITY DEFINER): the app role may update its own organisation's
-- patients, and the policies keep it there. OLD and NEW are bumped on a move between patients.
CREATE FUNCTION stride_bump_flags_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE patients SET flags_version = flags_version + 1
      WHERE organization_id = NEW.organization_id AND id = NEW.patient_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE patients SET flags_version = flags_version + 1
      WHERE organization_id = OLD.organization_id AND id = OLD.patient_id;
  ELSE
    UPDATE patients SET flags_version = flags_version + 1
      WHERE organization_id = OLD.organization_id AND id = OLD.patient_id;
    IF NEW.organization_id IS DISTINCT FROM OLD.organization_id
       OR NEW.patient_id IS DISTINCT FROM OLD.patient_id THEN
      UPDATE patients SET flags_version = flags_version + 1
        WHERE organization_id = NEW.organization_id AND id = NEW.patient_id;
    END IF;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER plans_flags_version AFTER INSERT OR UPDATE OR DELETE ON plans
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
CREATE TRIGGER diagnoses_flags_version AFTER INSERT OR UPDATE OR DELETE ON diagnoses
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
CREATE TRIGGER exercise_logs_flags_version AFTER INSERT OR UPDATE OR DELETE ON exercise_logs
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
CREATE TRIGGER pain_logs_flags_version AFTER INSERT OR UPDATE OR DELETE ON pain_logs
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
CREATE TRIGGER questionnaire_responses_flags_version
  AFTER INSERT OR UPDATE OR DELETE ON questionnaire_responses
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
CREATE TRIGGER intakes_flags_version AFTER INSERT OR UPDATE OR DELETE ON intakes
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
CREATE TRIGGER follow_up_requests_flags_version
  AFTER INSERT OR UPDATE OR DELETE ON follow_up_requests
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
CREATE TRIGGER race_decisions_flags_version AFTER INSERT OR UPDATE OR DELETE ON race_decisions
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
-- Encounters autosave the exam record as the clinician types; only the prior-care list the
-- flags read (load-prior-care.ts) or a change of patient makes a cached row stale.
CREATE TRIGGER encounters_flags_version_write AFTER INSERT OR DELETE ON encounters
  FOR EACH ROW EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
CREATE TRIGGER encounters_flags_version_update AFTER UPDATE ON encounters
  FOR EACH ROW WHEN (
    OLD.exam -> 'history' -> 'priorCareFailed' IS DISTINCT FROM NEW.exam -> 'history' -> 'priorCareFailed'
    OR OLD.patient_id IS DISTINCT FROM NEW.patient_id
    OR OLD.organization_id IS DISTINCT FROM NEW.organization_id
  ) EXECUTE FUNCTION stride_bump_flags_version();--> statement-breakpoint
-- The patient's own row: the target race date is a flag input, and the home location decides
-- the time zone "today" is read in.
CREATE FUNCTION stride_patient_flags_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.flags_version := NEW.flags_version + 1;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER patients_flags_version BEFORE UPDATE ON patients
  FOR EACH ROW WHEN (
    OLD.target_race_date IS DISTINCT FROM NEW.target_race_date
    OR OLD.home_location_id IS DISTINCT FROM NEW.home_location_id
  ) EXECUTE FUNCTION stride_patient_flags_version();--> statement-breakpoint
-- A location's time zone turns instants (scores, intake) into the local dates the rules judge.
CREATE FUNCTION stride_location_flags_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE patients SET flags_version = flags_version + 1
    WHERE organization_id = NEW.organization_id AND home_location_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER locations_flags_version AFTER UPDATE ON locations
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
  EXECUTE FUNCTION stride_location_flags_version();

-- Opening an encounter reads its current diagnosis and its addenda by encounter; neither table
-- had an index that leads with the encounter, so every open seq-scanned the organisation's
-- diagnoses (150k rows on the bench data: 45 ms, two cores busy). IF NOT EXISTS: the bench
-- database got these by hand while they were measured.
CREATE INDEX IF NOT EXISTS "diagnoses_org_encounter_idx" ON "diagnoses" USING btree ("organization_id","encounter_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "encounter_addenda_org_encounter_idx" ON "encounter_addenda" USING btree ("organization_id","encounter_id","created_at");

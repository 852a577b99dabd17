-- A clinician's caseload read its cached flags one patient at a time: some 500 primary-key probes
-- a request at the benchmark's scale (2,000 buffer visits), most of the caseload statement's
-- time. Each row now names the primary clinician it was computed for, and an index on that key
-- carries what the caseload sorts by and checks staleness with, so a caseload reads its rows in
-- one index range and joins them to its patients by hash (460 buffer visits). A row under
-- another clinician (the patient changed caseloads) is treated as missing and computed again.
-- Rows are derived data: existing ones take their patient's clinician, and those of patients in
-- no caseload, which nothing reads, are dropped. drizzle's schema cannot spell INCLUDE, so it
-- declares the index's keys alone.
ALTER TABLE "caseload_flags" ADD COLUMN "clinician_id" uuid;--> statement-breakpoint
UPDATE "caseload_flags" cf SET "clinician_id" = p."primary_clinician_id"
FROM "patients" p WHERE p."organization_id" = cf."organization_id" AND p."id" = cf."patient_id";--> statement-breakpoint
DELETE FROM "caseload_flags" WHERE "clinician_id" IS NULL;--> statement-breakpoint
ALTER TABLE "caseload_flags" ALTER COLUMN "clinician_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "caseload_flags_clinician_idx" ON "caseload_flags" USING btree ("organization_id","clinician_id","patient_id") INCLUDE ("version","rules","as_of","top_severity","top_flag","flag_count");

-- Behind row-level security a range's && and lower() are not leakproof, so neither may bound an
-- index scan: the utilisation report read every gait-lab allocation ever made through the
-- exclusion constraint's index (~300 ms of a year's report on the bench data). A stored copy of
-- each allocation's start, indexed with its resource, lets a plain timestamptz range bound it.
ALTER TABLE "appointment_allocations" ADD COLUMN "starts_at" timestamp with time zone GENERATED ALWAYS AS (lower(during)) STORED;--> statement-breakpoint
CREATE INDEX "appointment_allocations_org_resource_start_idx" ON "appointment_allocations" USING btree ("organization_id","resource_id","starts_at") WHERE "appointment_allocations"."active";
-- The utilisation report sums a year of a group's bookings: some 330,000 appointments and 18,000
-- gait-lab allocations at the benchmark's scale. Read through the indexes that bound them, each
-- row cost a visit to its table page (a clinician's or a room's rows lie scattered over the
-- heap). Each index now carries the columns the report reads, so PostgreSQL answers from the
-- index alone wherever the visibility map allows (after a vacuum; autovacuum keeps it so).
-- Measured on the benchmark's data, one report: ~650 -> ~495 ms. Same names and keys as
-- before: drizzle's schema cannot spell INCLUDE, so the schema still declares the keys alone.
-- Rebuilding takes the tables' write lock briefly (about 2 and 4 s at 1 M and 2 M rows here).
DROP INDEX "appointments_org_location_start_idx";--> statement-breakpoint
CREATE INDEX "appointments_org_location_start_idx" ON "appointments" USING btree ("organization_id","location_id","starts_at") INCLUDE ("clinician_id","ends_at","appointment_type_id","status","hold_expires_at");--> statement-breakpoint
DROP INDEX "appointment_allocations_org_resource_start_idx";--> statement-breakpoint
CREATE INDEX "appointment_allocations_org_resource_start_idx" ON "appointment_allocations" USING btree ("organization_id","resource_id","starts_at") INCLUDE ("kind","during") WHERE "appointment_allocations"."active";

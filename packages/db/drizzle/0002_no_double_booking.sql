-- No double booking, enforced by the database. One constraint per resource kind: two live
-- allocations of the same resource in the same organisation may not overlap. Ranges are
-- half-open [start, end), so back-to-back appointments do not conflict. Cancelled appointments
-- and lapsed holds set active = false and stop blocking.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "appointment_allocations" ADD CONSTRAINT "appointment_allocations_during_bounds"
  CHECK (NOT isempty("during") AND lower_inc("during") AND NOT upper_inc("during"));
--> statement-breakpoint
ALTER TABLE "appointment_allocations" ADD CONSTRAINT "no_double_booking_clinician"
  EXCLUDE USING gist ("organization_id" WITH =, "resource_id" WITH =, "during" WITH &&)
  WHERE ("kind" = 'clinician' AND "active");
--> statement-breakpoint
ALTER TABLE "appointment_allocations" ADD CONSTRAINT "no_double_booking_exam_room"
  EXCLUDE USING gist ("organization_id" WITH =, "resource_id" WITH =, "during" WITH &&)
  WHERE ("kind" = 'exam_room' AND "active");
--> statement-breakpoint
ALTER TABLE "appointment_allocations" ADD CONSTRAINT "no_double_booking_gait_lab"
  EXCLUDE USING gist ("organization_id" WITH =, "resource_id" WITH =, "during" WITH &&)
  WHERE ("kind" = 'gait_lab' AND "active");
--> statement-breakpoint
CREATE INDEX "appointment_allocations_live_idx" ON "appointment_allocations" USING gist ("organization_id", "during") WHERE "active";

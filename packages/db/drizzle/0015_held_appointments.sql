-- Every booking releases its location's lapsed holds first. Through the location/start index that
-- read passed over every appointment of the days ahead (about 4,000 at a bench location: ~3 ms of
-- each booking); holds are few, so a partial index of them alone answers at once.
CREATE INDEX "appointments_org_location_held_idx" ON "appointments" USING btree ("organization_id","location_id","starts_at") WHERE "appointments"."status" = 'held';
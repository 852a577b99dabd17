import type pg from 'pg';

import { benchId, KIND } from '../data/shape';

/**
 * Deletes the appointments a run booked, once it has cancelled them and its server has stopped,
 * so the next run measures the data `pnpm bench:data` made. Left behind, each run added ~1,500
 * cancelled appointments to the same days of the same location, and every booking's slot rules
 * visited them through the appointments' start-time indexes: after 14 runs in one session there
 * were 21,000, and the statement read 10,700 rows to find 87 (2.4 ms of a booking's ~6 ms of
 * PostgreSQL time), so later runs measured slower bookings with nothing in the code changed.
 * The audit rows stay: the log is append-only, and nothing the bench reads scans it by day.
 */
export async function removeBookings(db: pg.Client, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await db.query('BEGIN');
  try {
    // As the organisation, in case a policy is forced on the owner too.
    await db.query(`SELECT set_config('stride.organization_id', $1, true)`, [benchId(KIND.org, 1)]);
    await db.query(
      'DELETE FROM appointment_allocations WHERE organization_id = $1 AND appointment_id = ANY($2::uuid[])',
      [benchId(KIND.org, 1), ids],
    );
    await db.query(
      `UPDATE waitlist_offers SET accepted_appointment_id = NULL
       WHERE organization_id = $1 AND accepted_appointment_id = ANY($2::uuid[])`,
      [benchId(KIND.org, 1), ids],
    );
    const deleted = await db.query(
      'DELETE FROM appointments WHERE organization_id = $1 AND id = ANY($2::uuid[])',
      [benchId(KIND.org, 1), ids],
    );
    await db.query('COMMIT');
    console.log(
      `Removed the run's ${deleted.rowCount ?? 0} bookings, so the next run starts from the same data.`,
    );
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema, sendWithNextStatement } from '@stride/db';

const { appointmentAllocations, appointments } = schema;

/**
 * Holds that start this long before now or earlier can no longer block a booking (an allocation
 * spans at most 8 hours plus 2 hours of buffer each side), so they are not looked for: the
 * location index then reads the days ahead, not the location's whole history.
 */
const STILL_IN_THE_WAY_MS = 86_400_000;

/**
 * Frees the time of holds whose patient never confirmed. Runs inside each booking transaction
 * before its insert, so a lapsed hold can never block a real booking at the constraint. A hold
 * that another booking is releasing right now is left to it rather than waited for.
 *
 * One statement, and no round trip of its own: nothing the booking does depends on its answer,
 * only on its having run before the insert, so it travels with the booking's next statement
 * (sendWithNextStatement), and fails the booking with it if it fails. It was one round trip of
 * every booking, and two when a hold had lapsed.
 */
export async function releaseLapsedHolds(
  tx: Database,
  organizationId: string,
  locationId: string,
  now: Date,
): Promise<void> {
  const lapsedHolds = tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.organizationId, organizationId),
        eq(appointments.locationId, locationId),
        gte(appointments.startsAt, new Date(now.getTime() - STILL_IN_THE_WAY_MS)),
        // A literal, not a parameter: the partial index of holds (migration 0015) must match it
        // in a generic plan too, which the statement cache lets PostgreSQL choose.
        sql`${appointments.status} = 'held'`,
        lte(appointments.holdExpiresAt, now),
      ),
    )
    .for('update', { skipLocked: true });
  const lapsed = tx.$with('lapsed').as(
    tx
      .update(appointments)
      .set({
        status: 'cancelled',
        cancelledAt: now,
        cancelReason: 'Hold expired before it was confirmed.',
      })
      .where(
        and(
          eq(appointments.organizationId, organizationId),
          inArray(appointments.id, lapsedHolds),
          eq(appointments.status, 'held'),
        ),
      )
      .returning({ id: appointments.id }),
  );
  const freed = tx
    .with(lapsed)
    .update(appointmentAllocations)
    .set({ active: false })
    .where(
      and(
        eq(appointmentAllocations.organizationId, organizationId),
        inArray(appointmentAllocations.appointmentId, tx.select({ id: lapsed.id }).from(lapsed)),
      ),
    );
  await sendWithNextStatement(tx, freed.getSQL());
}

/** Frees every resource of one appointment (cancel, reschedule, lapse). */
export async function releaseAllocations(
  tx: Database,
  organizationId: string,
  appointmentId: string,
): Promise<void> {
  await tx
    .update(appointmentAllocations)
    .set({ active: false })
    .where(
      and(
        eq(appointmentAllocations.organizationId, organizationId),
        eq(appointmentAllocations.appointmentId, appointmentId),
      ),
    );
}

import { and, eq, inArray, lte } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

const { appointmentAllocations, appointments } = schema;

/**
 * Frees the time of holds whose patient never confirmed. Runs inside each booking transaction
 * before its insert, so a lapsed hold can never block a real booking at the constraint.
 */
export async function releaseLapsedHolds(
  tx: Database,
  organizationId: string,
  locationId: string,
  now: Date,
): Promise<void> {
  const lapsed = await tx
    .update(appointments)
    .set({
      status: 'cancelled',
      cancelledAt: now,
      cancelReason: 'Hold expired before it was confirmed.',
    })
    .where(
      and(
        eq(appointments.organizationId, organizationId),
        eq(appointments.locationId, locationId),
        eq(appointments.status, 'held'),
        lte(appointments.holdExpiresAt, now),
      ),
    )
    .returning({ id: appointments.id });
  if (lapsed.length === 0) return;
  await tx
    .update(appointmentAllocations)
    .set({ active: false })
    .where(
      and(
        eq(appointmentAllocations.organizationId, organizationId),
        inArray(
          appointmentAllocations.appointmentId,
          lapsed.map((l) => l.id),
        ),
      ),
    );
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

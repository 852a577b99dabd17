import { and, countDistinct, eq, inArray, sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

const { appointmentAllocations, appointments } = schema;

/**
 * Live appointments still to come that hold each resource, by resource id. A lapsed hold no
 * longer holds anything; cancelled ones have released their allocations already.
 */
export async function countUpcomingBookings(
  db: Database,
  organizationId: string,
  resourceIds: readonly string[],
  now: Date,
): Promise<Map<string, number>> {
  if (resourceIds.length === 0) return new Map();
  const rows = await db
    .select({
      resourceId: appointmentAllocations.resourceId,
      n: countDistinct(appointmentAllocations.appointmentId),
    })
    .from(appointmentAllocations)
    .innerJoin(
      appointments,
      and(
        eq(appointments.organizationId, appointmentAllocations.organizationId),
        eq(appointments.id, appointmentAllocations.appointmentId),
      ),
    )
    .where(
      and(
        eq(appointmentAllocations.organizationId, organizationId),
        eq(appointmentAllocations.active, true),
        inArray(appointmentAllocations.resourceId, [...resourceIds]),
        inArray(appointments.status, ['held', 'booked', 'checked_in']),
        sql`upper(${appointmentAllocations.during}) > ${now.toISOString()}::timestamptz`,
        sql`not (${appointments.status} = 'held' and ${appointments.holdExpiresAt} <= ${now.toISOString()}::timestamptz)`,
      ),
    )
    .groupBy(appointmentAllocations.resourceId);
  return new Map(rows.map((r) => [r.resourceId, Number(r.n)]));
}

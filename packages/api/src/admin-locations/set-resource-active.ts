import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { countUpcomingBookings } from './count-upcoming-bookings';
import { findResource } from './find-resource';

const { resources } = schema;

export const setResourceActiveInput = z
  .object({ resourceId: z.uuid('Choose a room.'), active: z.boolean() })
  .strict();
export type SetResourceActiveInput = z.infer<typeof setResourceActiveInput>;

/**
 * Takes a room out of booking or puts it back. A room that upcoming appointments hold is not
 * taken out: those patients would arrive to a room nobody planned for. The front desk moves them
 * first; the message says how many.
 */
export async function setResourceActive(
  ctx: AuthedContext,
  input: SetResourceActiveInput,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    const room = await findResource(tx, ctx.viewer, input.resourceId);
    if (room.active === input.active) return;
    if (!input.active) {
      const n = (await countUpcomingBookings(tx, org, [room.id], ctx.now())).get(room.id) ?? 0;
      if (n > 0) {
        throw new DomainError(
          'CONFLICT',
          `${room.name} has ${n} upcoming ${n === 1 ? 'appointment' : 'appointments'}. Move or cancel ${n === 1 ? 'it' : 'them'} on the schedule first, then deactivate the room.`,
          'active',
        );
      }
    }
    await tx
      .update(resources)
      .set({ active: input.active })
      .where(and(eq(resources.organizationId, org), eq(resources.id, room.id)));
    await emitAudit(tx, ctx.viewer, {
      action: input.active ? 'resource.reactivate' : 'resource.deactivate',
      entityType: 'resource',
      entityId: room.id,
      locationId: room.locationId,
      detail: { name: room.name },
    });
  });
}

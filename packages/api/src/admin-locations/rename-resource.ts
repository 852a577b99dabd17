import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { roomName } from './add-resource';
import { findResource, roomNameTaken } from './find-resource';

const { resources } = schema;

export const renameResourceInput = z
  .object({ resourceId: z.uuid('Choose a room.'), name: roomName })
  .strict();
export type RenameResourceInput = z.infer<typeof renameResourceInput>;

/** A new name for a room; its bookings are by id, so they follow it. */
export async function renameResource(
  ctx: AuthedContext,
  input: RenameResourceInput,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    const room = await findResource(tx, ctx.viewer, input.resourceId);
    if (await roomNameTaken(tx, org, room.locationId, input.name, room.id)) {
      throw new DomainError('CONFLICT', `There is already a room called ${input.name}.`, 'name');
    }
    await tx
      .update(resources)
      .set({ name: input.name })
      .where(and(eq(resources.organizationId, org), eq(resources.id, room.id)));
    await emitAudit(tx, ctx.viewer, {
      action: 'resource.rename',
      entityType: 'resource',
      entityId: room.id,
      locationId: room.locationId,
      detail: { changes: { name: { from: room.name, to: input.name } } },
    });
  });
}

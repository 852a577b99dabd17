import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { findLocation } from './find-location';
import { roomNameTaken } from './find-resource';

const { resources } = schema;

export const roomName = z
  .string()
  .trim()
  .min(1, 'Give the room a name.')
  .max(60, 'Keep the room name under 60 characters.');

export const addResourceInput = z
  .object({
    locationId: z.uuid('Choose a location.'),
    kind: z.enum(['exam_room', 'gait_lab'], 'Choose exam room or gait lab.'),
    name: roomName,
    hasTreadmill: z.boolean(),
  })
  .strict()
  // Gait assessments are run on the treadmill; a lab without one cannot host them.
  .refine((r) => r.kind !== 'gait_lab' || r.hasTreadmill, {
    message: 'A gait lab needs a treadmill: tick it, or add the room as an exam room.',
    path: ['hasTreadmill'],
  });
export type AddResourceInput = z.infer<typeof addResourceInput>;

/** A room at one location; appointment types that need its kind can use it from now on. */
export async function addResource(
  ctx: AuthedContext,
  input: AddResourceInput,
): Promise<{ id: string }> {
  const org = ctx.viewer.organizationId;
  return ctx.db.transaction(async (tx) => {
    const loc = await findLocation(tx, ctx.viewer, input.locationId);
    if (await roomNameTaken(tx, org, loc.id, input.name)) {
      throw new DomainError(
        'CONFLICT',
        `${loc.name} already has a room called ${input.name}.`,
        'name',
      );
    }
    const [row] = await tx
      .insert(resources)
      .values({ ...input, organizationId: org, locationId: loc.id })
      .returning({ id: resources.id });
    if (!row) throw new Error('resource insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: 'resource.add',
      entityType: 'resource',
      entityId: row.id,
      locationId: loc.id,
      detail: { kind: input.kind, name: input.name, hasTreadmill: input.hasTreadmill },
    });
    return row;
  });
}

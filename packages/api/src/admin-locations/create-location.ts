import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { DEFAULT_ROOMS } from './default-rooms';
import { locationNameTaken } from './find-location';
import { locationFields, toWeeklyHours } from './location-input';

const { locations, resources } = schema;

export const createLocationInput = locationFields
  .extend({
    /** The form offers the default rooms ticked; an admin may start bare and add their own. */
    addDefaultRooms: z.boolean(),
  })
  .strict();
export type CreateLocationInput = z.infer<typeof createLocationInput>;

/** A new location of the viewer's organisation, with the default rooms when asked. */
export async function createLocation(
  ctx: AuthedContext,
  input: CreateLocationInput,
): Promise<{ id: string }> {
  const org = ctx.viewer.organizationId;
  const { addDefaultRooms, openingHours, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    if (await locationNameTaken(tx, org, fields.name)) {
      throw new DomainError(
        'CONFLICT',
        `There is already a location called ${fields.name}.`,
        'name',
      );
    }
    const [row] = await tx
      .insert(locations)
      .values({ ...fields, organizationId: org, openingHours: toWeeklyHours(openingHours) })
      .returning({ id: locations.id });
    if (!row) throw new Error('location insert returned no row');
    if (addDefaultRooms) {
      await tx
        .insert(resources)
        .values(DEFAULT_ROOMS.map((r) => ({ ...r, organizationId: org, locationId: row.id })));
    }
    await emitAudit(tx, ctx.viewer, {
      action: 'location.create',
      entityType: 'location',
      entityId: row.id,
      locationId: row.id,
      detail: { ...fields, openingHours, rooms: addDefaultRooms ? DEFAULT_ROOMS.length : 0 },
    });
    return row;
  });
}

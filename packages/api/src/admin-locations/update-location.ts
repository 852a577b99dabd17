import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { changedFields } from './changed-fields';
import { findLocation, locationNameTaken } from './find-location';
import { fromWeeklyHours, locationFields, toWeeklyHours } from './location-input';

const { locations } = schema;

export const updateLocationInput = locationFields
  .extend({ locationId: z.uuid('Choose a location.') })
  .strict();
export type UpdateLocationInput = z.infer<typeof updateLocationInput>;

/**
 * Saves a location's details, hours and booking policy. Slot computation reads these rows on every
 * request, so booking follows at once; appointments already booked are kept as they are.
 */
export async function updateLocation(
  ctx: AuthedContext,
  input: UpdateLocationInput,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  const { locationId, openingHours, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    const before = await findLocation(tx, ctx.viewer, locationId);
    if (await locationNameTaken(tx, org, fields.name, locationId)) {
      throw new DomainError(
        'CONFLICT',
        `There is already a location called ${fields.name}.`,
        'name',
      );
    }
    const hours = toWeeklyHours(openingHours);
    await tx
      .update(locations)
      .set({ ...fields, openingHours: hours })
      .where(and(eq(locations.organizationId, org), eq(locations.id, locationId)));
    const changes = changedFields(
      { ...before, openingHours: fromWeeklyHours(before.openingHours) },
      { ...fields, openingHours: fromWeeklyHours(hours) },
    );
    await emitAudit(tx, ctx.viewer, {
      action: 'location.update',
      entityType: 'location',
      entityId: locationId,
      locationId,
      detail: { changes },
    });
  });
}

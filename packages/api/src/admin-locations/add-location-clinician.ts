import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { findLocation } from './find-location';

const { membershipLocations, memberships } = schema;

export const addLocationClinicianInput = z
  .object({ locationId: z.uuid('Choose a location.'), clinicianId: z.uuid('Choose a clinician.') })
  .strict();
export type AddLocationClinicianInput = z.infer<typeof addLocationClinicianInput>;

/**
 * Lets a clinician work at a location: they see its patients and schedule, and their weekly hours
 * there can be set (without hours they offer no slots). Adding twice changes nothing.
 */
export async function addLocationClinician(
  ctx: AuthedContext,
  input: AddLocationClinicianInput,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    const loc = await findLocation(tx, ctx.viewer, input.locationId);
    const [clinician] = await tx
      .select({ id: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.organizationId, org),
          eq(memberships.userId, input.clinicianId),
          eq(memberships.role, 'clinician'),
          eq(memberships.active, true),
        ),
      );
    if (!clinician) throw notFound('That clinician');
    const added = await tx
      .insert(membershipLocations)
      .values({ organizationId: org, userId: clinician.id, locationId: loc.id })
      .onConflictDoNothing()
      .returning({ id: membershipLocations.userId });
    if (added.length === 0) return;
    await emitAudit(tx, ctx.viewer, {
      action: 'location.clinician.add',
      entityType: 'membership_location',
      entityId: clinician.id,
      locationId: loc.id,
    });
  });
}

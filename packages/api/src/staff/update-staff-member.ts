import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { checkOrgLocations } from './check-locations';
import { findStaffMembership } from './find-staff-membership';
import { assertAnotherActiveAdmin } from './last-admin-guard';
import { requireSomeLocation, staffScopeFields } from './staff-schemas';

const { membershipLocations, memberships } = schema;

export const updateStaffMemberInput = z
  .object({ userId: z.uuid('That is not a member of staff.'), ...staffScopeFields })
  .strict()
  .superRefine(requireSomeLocation);
export type UpdateStaffMemberInput = z.infer<typeof updateStaffMemberInput>;

/** Role and locations; the member's next request already runs with them (loadViewer re-reads). */
export async function updateStaffMember(
  ctx: AuthedContext,
  input: UpdateStaffMemberInput,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    const before = await findStaffMembership(tx, org, input.userId);
    if (before.role === 'admin' && before.active && input.role !== 'admin') {
      await assertAnotherActiveAdmin(tx, org, input.userId, `Making ${before.name} ${input.role}`);
    }
    const locationIds = input.allLocations
      ? []
      : await checkOrgLocations(tx, org, input.locationIds);
    await tx
      .update(memberships)
      .set({ role: input.role, allLocations: input.allLocations })
      .where(and(eq(memberships.organizationId, org), eq(memberships.userId, input.userId)));
    await tx
      .delete(membershipLocations)
      .where(
        and(
          eq(membershipLocations.organizationId, org),
          eq(membershipLocations.userId, input.userId),
        ),
      );
    if (locationIds.length > 0) {
      await tx.insert(membershipLocations).values(
        locationIds.map((locationId) => ({
          organizationId: org,
          userId: input.userId,
          locationId,
        })),
      );
    }
    await emitAudit(tx, ctx.viewer, {
      action: 'staff.update',
      entityType: 'membership',
      entityId: input.userId,
      detail: {
        before: {
          role: before.role,
          allLocations: before.allLocations,
          locationIds: before.locationIds,
        },
        after: { role: input.role, allLocations: input.allLocations, locationIds },
      },
    });
  });
}

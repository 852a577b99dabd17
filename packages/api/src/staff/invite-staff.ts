import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { QUEUES } from '../jobs/queues';
import { checkOrgLocations } from './check-locations';
import { INVITATION_TTL_DAYS, newInvitationToken } from './invitation-token';
import {
  requireSomeLocation,
  staffEmailSchema,
  staffNameSchema,
  staffScopeFields,
} from './staff-schemas';

const { memberships, staffInvitations, users } = schema;

export const inviteStaffInput = z
  .object({ email: staffEmailSchema, name: staffNameSchema, ...staffScopeFields })
  .strict()
  .superRefine(requireSomeLocation);
export type InviteStaffInput = z.infer<typeof inviteStaffInput>;

export const invitedOutput = z.object({ id: z.string(), email: z.string(), expiresAt: z.date() });

/**
 * Records the invitation (only the token's hash) and queues the email in the same transaction.
 * Inviting the same address again replaces the earlier link, so only the newest one works.
 */
export async function inviteStaff(
  ctx: AuthedContext,
  input: InviteStaffInput,
): Promise<z.infer<typeof invitedOutput>> {
  const org = ctx.viewer.organizationId;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ role: memberships.role, active: memberships.active })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, org), eq(users.email, input.email)));
    if (existing) {
      throw new DomainError(
        'CONFLICT',
        existing.role === 'patient'
          ? 'That email belongs to a patient of this clinic. Staff need their own work email.'
          : existing.active
            ? 'That person is already a member of staff here.'
            : 'That person was deactivated. Reactivate them from the staff list instead.',
      );
    }
    const locationIds = input.allLocations
      ? []
      : await checkOrgLocations(tx, org, input.locationIds);
    await tx
      .update(staffInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(staffInvitations.organizationId, org),
          eq(staffInvitations.email, input.email),
          isNull(staffInvitations.acceptedAt),
          isNull(staffInvitations.revokedAt),
        ),
      );
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
    const [row] = await tx
      .insert(staffInvitations)
      .values({
        organizationId: org,
        email: input.email,
        name: input.name,
        role: input.role,
        allLocations: input.allLocations,
        locationIds,
        tokenHash,
        expiresAt,
        invitedBy: ctx.viewer.userId,
        createdAt: now,
      })
      .returning({ id: staffInvitations.id });
    if (!row) throw new Error('invitation insert returned no row');
    await ctx.jobs.send(tx, [
      { queue: QUEUES.staffInvitation, data: { organizationId: org, invitationId: row.id, token } },
    ]);
    await emitAudit(tx, ctx.viewer, {
      action: 'staff.invite',
      entityType: 'staff_invitation',
      entityId: row.id,
      detail: {
        email: input.email,
        role: input.role,
        allLocations: input.allLocations,
        locationIds,
      },
    });
    return { id: row.id, email: input.email, expiresAt };
  });
}

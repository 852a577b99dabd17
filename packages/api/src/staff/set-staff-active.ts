import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { findStaffMembership } from './find-staff-membership';
import { assertAnotherActiveAdmin } from './last-admin-guard';

const { authSessions, memberships } = schema;

export const setStaffActiveInput = z
  .object({ userId: z.uuid('That is not a member of staff.'), active: z.boolean() })
  .strict();

/**
 * Deactivating keeps the membership row (and so every audit row, appointment and signature that
 * names them) and revokes their sessions here, so reactivating later does not revive old cookies.
 */
export async function setStaffActive(
  ctx: AuthedContext,
  input: z.infer<typeof setStaffActiveInput>,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    const member = await findStaffMembership(tx, org, input.userId);
    if (member.active === input.active) return;
    if (!input.active) {
      if (input.userId === ctx.viewer.userId) {
        throw new DomainError('CONFLICT', 'You cannot deactivate yourself. Ask another admin.');
      }
      if (member.role === 'admin') {
        await assertAnotherActiveAdmin(tx, org, input.userId, `Deactivating ${member.name}`);
      }
      await tx
        .update(authSessions)
        .set({ revokedAt: ctx.now() })
        .where(
          and(
            eq(authSessions.organizationId, org),
            eq(authSessions.userId, input.userId),
            isNull(authSessions.revokedAt),
          ),
        );
    }
    await tx
      .update(memberships)
      .set({ active: input.active })
      .where(and(eq(memberships.organizationId, org), eq(memberships.userId, input.userId)));
    await emitAudit(tx, ctx.viewer, {
      action: input.active ? 'staff.reactivate' : 'staff.deactivate',
      entityType: 'membership',
      entityId: input.userId,
    });
  });
}

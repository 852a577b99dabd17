import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';

const { staffInvitations } = schema;

export const revokeInvitationInput = z
  .object({ invitationId: z.uuid('That is not an invitation.') })
  .strict();

/** The link stops working at once; an accepted invitation is history and cannot be revoked. */
export async function revokeInvitation(
  ctx: AuthedContext,
  input: z.infer<typeof revokeInvitationInput>,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(staffInvitations)
      .set({ revokedAt: ctx.now() })
      .where(
        and(
          eq(staffInvitations.organizationId, org),
          eq(staffInvitations.id, input.invitationId),
          isNull(staffInvitations.acceptedAt),
          isNull(staffInvitations.revokedAt),
        ),
      )
      .returning({ email: staffInvitations.email });
    if (!row) {
      throw new DomainError('NOT_FOUND', 'That invitation was already accepted or revoked.');
    }
    await emitAudit(tx, ctx.viewer, {
      action: 'staff.invitation.revoke',
      entityType: 'staff_invitation',
      entityId: input.invitationId,
      detail: { email: row.email },
    });
  });
}

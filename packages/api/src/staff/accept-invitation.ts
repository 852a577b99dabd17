import { eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Viewer } from '@stride/auth';
import { hashPassword, newPasswordSchema } from '@stride/auth';
import { schema } from '@stride/db';

import type { Context } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { findInvitation, REFUSAL_MESSAGES } from './find-invitation';
import { invitationTokenSchema } from './invitation-token';
import { staffRoleSchema } from './staff-schemas';

const { membershipLocations, memberships, staffInvitations, users } = schema;

export const acceptInvitationInput = z
  .object({
    token: invitationTokenSchema,
    /** Absent when the email already has an account: that person keeps their password. */
    password: newPasswordSchema.optional(),
    confirmPassword: z.string().optional(),
  })
  .strict()
  .refine((v) => v.password === undefined || v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  });

export const acceptedOutput = z.object({
  email: z.string(),
  organizationName: z.string(),
  createdAccount: z.boolean(),
});

/**
 * Public, and safe because the 256-bit token is the credential: the row is found by its hash,
 * locked, and marked used in the same transaction that creates the membership.
 */
export async function acceptInvitation(
  ctx: Context,
  input: z.infer<typeof acceptInvitationInput>,
): Promise<z.infer<typeof acceptedOutput>> {
  const now = ctx.now();
  // Hashing takes ~50 ms; done before the transaction so the row lock is held briefly.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return ctx.db.transaction(async (tx) => {
    const found = await findInvitation(tx, input.token, now, true);
    if (!found.ok) throw new DomainError('BAD_REQUEST', REFUSAL_MESSAGES[found.reason]);
    const { invitation: inv, existingUser } = found;
    let userId = existingUser?.id;
    if (!userId) {
      if (!passwordHash) throw new DomainError('BAD_REQUEST', 'Choose a password to finish.');
      const [created] = await tx
        .insert(users)
        .values({ email: inv.email, name: inv.name, passwordHash, createdAt: now })
        .returning({ id: users.id });
      userId = created?.id;
      if (!userId) throw new Error('user insert returned no row');
    }
    const memberId: string = userId;
    const inserted = await tx
      .insert(memberships)
      .values({
        organizationId: inv.organizationId,
        userId: memberId,
        role: inv.role,
        allLocations: inv.allLocations,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (inserted.length === 0) {
      throw new DomainError(
        'CONFLICT',
        'You are already a member of this clinic. Sign in instead.',
      );
    }
    if (!inv.allLocations && inv.locationIds.length > 0) {
      await tx.insert(membershipLocations).values(
        inv.locationIds.map((locationId) => ({
          organizationId: inv.organizationId,
          userId: memberId,
          locationId,
        })),
      );
    }
    await tx
      .update(staffInvitations)
      .set({ acceptedAt: now })
      .where(eq(staffInvitations.id, inv.id));
    // Nobody is signed in yet: the row names the new member as the one who accepted.
    const actor: Viewer = {
      sessionId: '',
      userId: memberId,
      name: inv.name,
      email: inv.email,
      organizationId: inv.organizationId,
      organizationName: inv.organizationName,
      role: staffRoleSchema.parse(inv.role),
      locationIds: inv.allLocations ? 'all' : inv.locationIds,
    };
    await emitAudit(tx, actor, {
      action: 'staff.invitation.accept',
      entityType: 'staff_invitation',
      entityId: inv.id,
      detail: { createdAccount: existingUser === null },
    });
    return {
      email: inv.email,
      organizationName: inv.organizationName,
      createdAccount: existingUser === null,
    };
  });
}

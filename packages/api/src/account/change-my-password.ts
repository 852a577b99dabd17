import { eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';
import {
  hashPassword,
  newPasswordSchema,
  revokeOtherAuthSessions,
  verifyPassword,
} from '@stride/auth';
import { schema } from '@stride/db';

import { emitAudit } from '../audit';
import { DomainError } from '../errors';

const { users } = schema;

export const changeMyPasswordInput = z
  .strictObject({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords do not match.',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

/**
 * Changes the viewer's password after checking the current one, and ends every other session
 * in the same transaction: whoever might know the old password is signed out everywhere else.
 * Returns how many other sessions were ended.
 */
export async function changeMyPassword(
  db: Database,
  viewer: Viewer,
  input: z.infer<typeof changeMyPasswordInput>,
  now: Date,
): Promise<{ endedSessions: number }> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, viewer.userId));
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.currentPassword)
    : false;
  if (!ok) {
    throw new DomainError('BAD_REQUEST', 'Your current password is not right.', 'currentPassword');
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, viewer.userId));
    const endedSessions = await revokeOtherAuthSessions(tx, viewer.userId, viewer.sessionId, now);
    await emitAudit(tx, viewer, {
      action: 'account.password_change',
      entityType: 'user',
      entityId: viewer.userId,
      detail: { endedSessions },
    });
    return { endedSessions };
  });
}

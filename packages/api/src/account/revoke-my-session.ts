import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { emitAudit } from '../audit';
import { DomainError } from '../errors';

const { authSessions } = schema;

export const revokeMySessionInput = z.strictObject({ sessionId: z.uuid() });

/**
 * Ends one of the viewer's own sessions (a lost phone, a shared computer). Someone else's
 * session id is "not found", never a hint that it exists. The current session signs out instead.
 */
export async function revokeMySession(
  db: Database,
  viewer: Viewer,
  input: z.infer<typeof revokeMySessionInput>,
  now: Date,
): Promise<void> {
  if (input.sessionId === viewer.sessionId) {
    throw new DomainError('BAD_REQUEST', 'That is this session: use “Sign out” to end it.');
  }
  await db.transaction(async (tx) => {
    const ended = await tx
      .update(authSessions)
      .set({ revokedAt: now })
      .where(
        and(
          eq(authSessions.id, input.sessionId),
          eq(authSessions.userId, viewer.userId),
          isNull(authSessions.revokedAt),
        ),
      )
      .returning({ id: authSessions.id });
    if (ended.length === 0) {
      throw new DomainError('NOT_FOUND', 'That session was not found or has already ended.');
    }
    await emitAudit(tx, viewer, {
      action: 'account.session_revoke',
      entityType: 'auth_session',
      entityId: input.sessionId,
    });
  });
}

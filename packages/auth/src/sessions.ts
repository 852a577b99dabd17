import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';

import type { Database, Role } from '@stride/db';
import { inTenant, schema, sessionTenant, setTenant } from '@stride/db';

import { idleTimeoutFor, SESSION_MAX_AGE_SECONDS, SESSION_TOUCH_INTERVAL_SECONDS } from './policy';

const { authSessions } = schema;

export async function createAuthSession(
  db: Database,
  input: {
    userId: string;
    organizationId: string;
    role: Role;
    userAgent?: string | null;
    now: Date;
  },
): Promise<string> {
  const tenant = { organizationId: input.organizationId, userId: input.userId };
  const [row] = await inTenant(db, tenant, (tx) =>
    tx
      .insert(authSessions)
      .values({
        userId: input.userId,
        organizationId: input.organizationId,
        createdAt: input.now,
        lastSeenAt: input.now,
        expiresAt: new Date(input.now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
        idleTimeoutSeconds: idleTimeoutFor(input.role),
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      })
      .returning({ id: authSessions.id }),
  );
  if (!row) throw new Error('session insert returned no row');
  return row.id;
}

export type SessionState =
  { status: 'active'; userId: string; organizationId: string } | { status: 'ended' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place a session is judged alive: not revoked, not past 12 hours, not idle too long.
 * An idle-expired session is revoked on the spot so it cannot come back. Runs in a transaction
 * with the session's own organisation set, found through the narrow `sessionTenant` lookup.
 */
export async function checkAuthSession(
  db: Database,
  sessionId: string,
  now: Date,
): Promise<SessionState> {
  if (!UUID.test(sessionId)) return { status: 'ended' };
  return db.transaction(async (tx) => {
    const tenant = await sessionTenant(tx, sessionId);
    if (!tenant) return { status: 'ended' as const };
    await setTenant(tx, tenant);
    return judgeSession(tx, sessionId, now);
  });
}

async function judgeSession(tx: Database, sessionId: string, now: Date): Promise<SessionState> {
  const [row] = await tx.select().from(authSessions).where(eq(authSessions.id, sessionId));
  if (!row || row.revokedAt || row.expiresAt <= now) return { status: 'ended' };
  const idleMs = now.getTime() - row.lastSeenAt.getTime();
  if (row.idleTimeoutSeconds !== null && idleMs > row.idleTimeoutSeconds * 1000) {
    await revokeInTenant(tx, sessionId, now);
    return { status: 'ended' };
  }
  if (idleMs > SESSION_TOUCH_INTERVAL_SECONDS * 1000) {
    await tx.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, sessionId));
  }
  return { status: 'active', userId: row.userId, organizationId: row.organizationId };
}

export async function revokeAuthSession(db: Database, sessionId: string, now: Date): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await db.transaction(async (tx) => {
    const tenant = await sessionTenant(tx, sessionId);
    if (!tenant) return;
    await setTenant(tx, tenant);
    await revokeInTenant(tx, sessionId, now);
  });
}

async function revokeInTenant(tx: Database, sessionId: string, now: Date): Promise<void> {
  await tx
    .update(authSessions)
    .set({ revokedAt: now })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}

/**
 * Ends every other live session of a user (after a password change, or "sign out elsewhere").
 * Returns how many it ended.
 */
export async function revokeOtherAuthSessions(
  db: Database,
  userId: string,
  keepSessionId: string,
  now: Date,
): Promise<number> {
  const ended = await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(authSessions.userId, userId),
        ne(authSessions.id, keepSessionId),
        isNull(authSessions.revokedAt),
      ),
    )
    .returning({ id: authSessions.id });
  return ended.length;
}

export async function listActiveAuthSessions(db: Database, userId: string, now: Date) {
  return db
    .select({
      id: authSessions.id,
      createdAt: authSessions.createdAt,
      lastSeenAt: authSessions.lastSeenAt,
      userAgent: authSessions.userAgent,
    })
    .from(authSessions)
    .where(
      and(
        eq(authSessions.userId, userId),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, now),
      ),
    )
    .orderBy(desc(authSessions.lastSeenAt));
}

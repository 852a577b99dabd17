import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';

import type { Database, Role } from '@stride/db';
import { inTenant, isUuid, rawRows, schema, sessionTenant, setTenant } from '@stride/db';

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

/** What `stride_viewer` (migration 0011) says about a session, in one round trip. */
export interface SessionLookup {
  status: 'active' | 'ended';
  user_id: string | null;
  organization_id: string | null;
  name: string | null;
  email: string | null;
  organization_name: string | null;
  /** Null when the session is alive but its membership is gone or deactivated. */
  role: string | null;
  all_locations: boolean | null;
  location_ids: string[] | null;
  /** Until when this answer holds, barring announced changes (migration 0019); null if ended. */
  recheck_at: string | Date | null;
}

/**
 * The one place a session is judged alive: not revoked, not past 12 hours, not idle too long.
 * An idle-expired session is revoked on the spot so it cannot come back, and last_seen_at is
 * written at most once a minute. The rule lives in the `stride_viewer` SQL function so that a
 * request learns who is calling in a single statement instead of nine.
 */
export async function lookupSession(
  db: Database,
  sessionId: string,
  now: Date,
): Promise<SessionLookup | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await rawRows<SessionLookup & Record<string, unknown>>(
    db,
    sql`select * from stride_viewer(${sessionId}::uuid, ${now.toISOString()}::timestamptz, ${SESSION_TOUCH_INTERVAL_SECONDS}::integer)`,
  );
  return row ?? null;
}

export async function checkAuthSession(
  db: Database,
  sessionId: string,
  now: Date,
): Promise<SessionState> {
  const row = await lookupSession(db, sessionId, now);
  return row?.status === 'active' && row.user_id && row.organization_id
    ? { status: 'active', userId: row.user_id, organizationId: row.organization_id }
    : { status: 'ended' };
}

export async function revokeAuthSession(db: Database, sessionId: string, now: Date): Promise<void> {
  if (!isUuid(sessionId)) return;
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

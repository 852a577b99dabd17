import { and, asc, eq } from 'drizzle-orm';

import type { Database, Role } from '@stride/db';
import { schema } from '@stride/db';

import { dummyPasswordHash, verifyPassword } from './password';
import { normalizeEmail, recordSignInAttempt, throttleRemainingSeconds } from './throttle';

const { memberships, users } = schema;

export type AuthenticateResult =
  | { ok: true; userId: string; organizationId: string; role: Role }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** Email + password against argon2id, with per-account throttling of repeated failures. */
export async function authenticate(
  db: Database,
  input: { email: string; password: string; now: Date },
): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email);
  const wait = await throttleRemainingSeconds(db, email, input.now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };

  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      organizationId: memberships.organizationId,
      role: memberships.role,
    })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.active, true)))
    .where(eq(users.email, email))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password), false);
  await recordSignInAttempt(db, email, valid, input.now);
  if (!valid || !user) {
    const after = await throttleRemainingSeconds(db, email, input.now);
    return after > 0
      ? { ok: false, reason: 'throttled', retryAfterSeconds: after }
      : { ok: false, reason: 'invalid' };
  }
  return { ok: true, userId: user.id, organizationId: user.organizationId, role: user.role };
}

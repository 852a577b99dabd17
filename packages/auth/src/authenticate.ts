import { eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database, Role } from '@stride/db';
import { roles, schema, signInMembership } from '@stride/db';

import { dummyPasswordHash, verifyPassword } from './password';
import { normalizeEmail, recordSignInAttempt, throttleRemainingSeconds } from './throttle';

const { users } = schema;
const roleSchema = z.enum(roles);

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

  const [person] = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  // Memberships are tenant rows: which organisation to sign in to is asked through the one
  // narrow database function for it, since no organisation is set yet.
  const membership = person ? await signInMembership(db, person.id) : null;
  const user =
    person && membership
      ? { ...person, ...membership, role: roleSchema.parse(membership.role) }
      : undefined;
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

import { and, desc, eq, gt } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_SECONDS } from './policy';

const { signInAttempts } = schema;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Seconds until this account may try again, or 0. Failures count from the last success or the
 * start of the window, whichever is later, so one good sign-in clears the slate.
 */
export async function throttleRemainingSeconds(
  db: Database,
  email: string,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_SECONDS * 1000);
  const recent = await db
    .select({ succeeded: signInAttempts.succeeded, at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(
      and(eq(signInAttempts.email, normalizeEmail(email)), gt(signInAttempts.attemptedAt, since)),
    )
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(THROTTLE_MAX_FAILURES + 1);
  const failures: Date[] = [];
  for (const attempt of recent) {
    if (attempt.succeeded) break;
    failures.push(attempt.at);
  }
  const newest = failures[0];
  if (failures.length < THROTTLE_MAX_FAILURES || !newest) return 0;
  const unlockAt = newest.getTime() + THROTTLE_WINDOW_SECONDS * 1000;
  return Math.max(0, Math.ceil((unlockAt - now.getTime()) / 1000));
}

export async function recordSignInAttempt(
  db: Database,
  email: string,
  succeeded: boolean,
  now: Date,
): Promise<void> {
  await db
    .insert(signInAttempts)
    .values({ email: normalizeEmail(email), succeeded, attemptedAt: now });
}

import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** A link is good for a week: long enough to reach someone on leave, short enough to go stale. */
export const INVITATION_TTL_DAYS = 7;

/** 32 random bytes as base64url: 43 characters, unguessable, safe in a URL path. */
export const invitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'This invitation link is not valid. Ask your admin for a new one.');

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

/** Only this hash is stored, so a copy of the database cannot be turned into working links. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

import { eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { invitationOrganization, schema, setTenant } from '@stride/db';

import { hashInvitationToken } from './invitation-token';

const { organizations, staffInvitations, users } = schema;

export type InvitationRefusal = 'invalid' | 'used' | 'revoked' | 'expired';

/** What the invitee reads when a link cannot be used: what happened and what to do next. */
export const REFUSAL_MESSAGES: Readonly<Record<InvitationRefusal, string>> = {
  invalid:
    'This invitation link is not valid. Check that you copied all of it, or ask for a new one.',
  used: 'This invitation has already been used. Sign in with your email and password.',
  revoked: 'This invitation was withdrawn by the clinic. Ask your admin for a new one.',
  expired: 'This invitation has expired. Ask your admin to send a new one.',
};

/**
 * The invitation behind a link, judged at `now`. Looked up by the token's hash only; `lock`
 * holds the row until the transaction ends so two tabs cannot both accept it. Nobody is signed
 * in, so `tx` (a transaction) is set to the inviting organisation for the rest of it, found
 * through the one narrow lookup by token hash.
 */
export async function findInvitation(tx: Database, token: string, now: Date, lock = false) {
  const tokenHash = hashInvitationToken(token);
  const organizationId = await invitationOrganization(tx, tokenHash);
  if (!organizationId) return { ok: false as const, reason: 'invalid' as const };
  await setTenant(tx, { organizationId });
  const query = tx
    .select({
      organizationId: staffInvitations.organizationId,
      id: staffInvitations.id,
      email: staffInvitations.email,
      name: staffInvitations.name,
      role: staffInvitations.role,
      allLocations: staffInvitations.allLocations,
      locationIds: staffInvitations.locationIds,
      expiresAt: staffInvitations.expiresAt,
      acceptedAt: staffInvitations.acceptedAt,
      revokedAt: staffInvitations.revokedAt,
      organizationName: organizations.name,
    })
    .from(staffInvitations)
    .innerJoin(organizations, eq(organizations.id, staffInvitations.organizationId))
    .where(eq(staffInvitations.tokenHash, tokenHash));
  const [row] = lock ? await query.for('update', { of: staffInvitations }) : await query;
  if (!row) return { ok: false as const, reason: 'invalid' as const };
  if (row.acceptedAt) return { ok: false as const, reason: 'used' as const };
  if (row.revokedAt) return { ok: false as const, reason: 'revoked' as const };
  if (row.expiresAt <= now) return { ok: false as const, reason: 'expired' as const };
  const [user] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.email, row.email));
  return { ok: true as const, invitation: row, existingUser: user ?? null };
}

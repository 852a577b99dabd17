import { and, eq } from 'drizzle-orm';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { DomainError, notFound } from '../errors';

const { memberships, membershipLocations, users } = schema;

export interface ClinicianRef {
  id: string;
  name: string;
  locationIds: string[];
}

/**
 * Whose hours are being read or changed: a clinician's own, always; an admin may name any
 * clinician of the organisation. Nobody edits another organisation's staff.
 */
export async function resolveClinician(
  ctx: AuthedContext,
  clinicianId: string | undefined,
): Promise<ClinicianRef> {
  const { viewer } = ctx;
  const id = clinicianId ?? viewer.userId;
  if (viewer.role === 'clinician' && id !== viewer.userId) {
    throw new DomainError('FORBIDDEN', 'You can change only your own working hours.');
  }
  const [row] = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, viewer.organizationId),
        eq(memberships.userId, id),
        eq(memberships.role, 'clinician'),
        eq(memberships.active, true),
      ),
    );
  if (!row) throw notFound('That clinician');
  const locs = await ctx.db
    .select({ id: membershipLocations.locationId })
    .from(membershipLocations)
    .where(
      and(
        eq(membershipLocations.organizationId, viewer.organizationId),
        eq(membershipLocations.userId, id),
      ),
    );
  return { ...row, locationIds: locs.map((l) => l.id) };
}

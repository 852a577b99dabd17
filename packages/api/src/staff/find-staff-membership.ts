import { and, eq, ne } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { notFound } from '../errors';

const { membershipLocations, memberships, users } = schema;

/** A staff member of this organisation, or NOT_FOUND: patients and other tenants look absent. */
export async function findStaffMembership(tx: Database, organizationId: string, userId: string) {
  const [row] = await tx
    .select({
      name: users.name,
      role: memberships.role,
      allLocations: memberships.allLocations,
      active: memberships.active,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        eq(memberships.userId, userId),
        ne(memberships.role, 'patient'),
      ),
    );
  if (!row) throw notFound('That member of staff');
  const locations = await tx
    .select({ id: membershipLocations.locationId })
    .from(membershipLocations)
    .where(
      and(
        eq(membershipLocations.organizationId, organizationId),
        eq(membershipLocations.userId, userId),
      ),
    );
  return { ...row, locationIds: locations.map((l) => l.id) };
}

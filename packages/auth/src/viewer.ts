import { and, eq } from 'drizzle-orm';

import type { Database, Role } from '@stride/db';
import { schema, setTenant } from '@stride/db';

import { checkAuthSession } from './sessions';

const { memberships, membershipLocations, organizations, users } = schema;

/**
 * Who is calling, as the database says now: role and location scope are re-read on every
 * request so a deactivated or re-scoped member loses access at once.
 */
export interface Viewer {
  sessionId: string;
  userId: string;
  name: string;
  email: string;
  organizationId: string;
  organizationName: string;
  role: Role;
  /** 'all' for organisation-wide members; otherwise the locations this member works at. */
  locationIds: readonly string[] | 'all';
}

export function loadViewer(db: Database, sessionId: string, now: Date): Promise<Viewer | null> {
  // One transaction: the membership reads run under the session's organisation (set again here
  // because checkAuthSession's own setting belongs to its savepoint).
  return db.transaction(async (tx) => {
    const session = await checkAuthSession(tx, sessionId, now);
    if (session.status !== 'active') return null;
    await setTenant(tx, session);
    return readViewer(tx, sessionId, session);
  });
}

async function readViewer(
  db: Database,
  sessionId: string,
  session: { userId: string; organizationId: string },
): Promise<Viewer | null> {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      role: memberships.role,
      allLocations: memberships.allLocations,
      organizationName: organizations.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(memberships.userId, session.userId),
        eq(memberships.organizationId, session.organizationId),
        eq(memberships.active, true),
      ),
    );
  if (!row) return null;
  const locationIds = row.allLocations
    ? ('all' as const)
    : (
        await db
          .select({ id: membershipLocations.locationId })
          .from(membershipLocations)
          .where(
            and(
              eq(membershipLocations.organizationId, session.organizationId),
              eq(membershipLocations.userId, session.userId),
            ),
          )
      ).map((l) => l.id);
  return {
    sessionId,
    userId: session.userId,
    organizationId: session.organizationId,
    name: row.name,
    email: row.email,
    organizationName: row.organizationName,
    role: row.role,
    locationIds,
  };
}

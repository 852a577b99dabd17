import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { inTurn } from '../in-turn';
import { staffRoleSchema } from './staff-schemas';

const { locations, membershipLocations, memberships, staffInvitations, users } = schema;

export const staffListOutput = z.object({
  locations: z.array(z.object({ id: z.string(), name: z.string() })),
  members: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      role: staffRoleSchema,
      allLocations: z.boolean(),
      locationIds: z.array(z.string()),
      active: z.boolean(),
      isYou: z.boolean(),
    }),
  ),
  /** Not yet accepted or revoked; expired ones stay listed so the admin can send a new link. */
  invitations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      role: staffRoleSchema,
      expiresAt: z.date(),
      expired: z.boolean(),
    }),
  ),
});
export type StaffList = z.infer<typeof staffListOutput>;

/** Everyone who works for the organisation, deactivated members included (their history stays). */
export async function listStaff(ctx: AuthedContext): Promise<StaffList> {
  const org = ctx.viewer.organizationId;
  const [locs, members, scoped, invites] = await inTurn(
    () =>
      ctx.db
        .select({ id: locations.id, name: locations.name })
        .from(locations)
        .where(eq(locations.organizationId, org))
        .orderBy(asc(locations.name)),
    () =>
      ctx.db
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          role: memberships.role,
          allLocations: memberships.allLocations,
          active: memberships.active,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organizationId, org), ne(memberships.role, 'patient')))
        .orderBy(desc(memberships.active), asc(users.name)),
    () =>
      ctx.db
        .select({ userId: membershipLocations.userId, locationId: membershipLocations.locationId })
        .from(membershipLocations)
        .where(eq(membershipLocations.organizationId, org)),
    () =>
      ctx.db
        .select({
          id: staffInvitations.id,
          name: staffInvitations.name,
          email: staffInvitations.email,
          role: staffInvitations.role,
          expiresAt: staffInvitations.expiresAt,
        })
        .from(staffInvitations)
        .where(
          and(
            eq(staffInvitations.organizationId, org),
            isNull(staffInvitations.acceptedAt),
            isNull(staffInvitations.revokedAt),
          ),
        )
        .orderBy(desc(staffInvitations.createdAt)),
  );
  const now = ctx.now();
  return {
    locations: locs,
    members: members.map((m) => ({
      ...m,
      role: staffRoleSchema.parse(m.role),
      locationIds: scoped.filter((s) => s.userId === m.userId).map((s) => s.locationId),
      isYou: m.userId === ctx.viewer.userId,
    })),
    invitations: invites.map((i) => ({
      ...i,
      role: staffRoleSchema.parse(i.role),
      expired: i.expiresAt <= now,
    })),
  };
}

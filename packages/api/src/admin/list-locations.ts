import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { inTurn } from '../in-turn';

const { locations, membershipLocations, memberships, resources, users } = schema;

const staffMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'clinician', 'front_desk', 'patient']),
});

export const listLocationsOutput = z.object({
  organizationName: z.string(),
  organizationWideStaff: z.array(staffMember),
  locations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      addressLine1: z.string(),
      city: z.string(),
      region: z.string(),
      postalCode: z.string(),
      timeZone: z.string(),
      rooms: z.array(
        z.object({ id: z.string(), name: z.string(), kind: z.enum(['exam_room', 'gait_lab']) }),
      ),
      staff: z.array(staffMember),
    }),
  ),
});
export type ListLocationsOutput = z.infer<typeof listLocationsOutput>;

/** The admin home: every location of the organisation with its rooms and the staff who work there. */
export async function listLocations(ctx: AuthedContext): Promise<ListLocationsOutput> {
  const org = ctx.viewer.organizationId;
  const [locs, rooms, scoped, members] = await inTurn(
    () =>
      ctx.db
        .select()
        .from(locations)
        .where(eq(locations.organizationId, org))
        .orderBy(asc(locations.name)),
    () =>
      ctx.db
        .select({
          id: resources.id,
          name: resources.name,
          kind: resources.kind,
          locationId: resources.locationId,
        })
        .from(resources)
        .where(and(eq(resources.organizationId, org), eq(resources.active, true)))
        .orderBy(asc(resources.kind), asc(resources.name)),
    () =>
      ctx.db
        .select({ userId: membershipLocations.userId, locationId: membershipLocations.locationId })
        .from(membershipLocations)
        .where(eq(membershipLocations.organizationId, org)),
    () =>
      ctx.db
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          role: memberships.role,
          all: memberships.allLocations,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organizationId, org), eq(memberships.active, true)))
        .orderBy(asc(users.name)),
  );
  const staff = members.filter((m) => m.role !== 'patient');
  const strip = ({ all: _all, ...m }: (typeof staff)[number]) => m;
  return {
    organizationName: ctx.viewer.organizationName,
    organizationWideStaff: staff.filter((m) => m.all).map(strip),
    locations: locs.map((l) => ({
      id: l.id,
      name: l.name,
      addressLine1: l.addressLine1,
      city: l.city,
      region: l.region,
      postalCode: l.postalCode,
      timeZone: l.timeZone,
      rooms: rooms.filter((r) => r.locationId === l.id).map(({ locationId: _l, ...r }) => r),
      staff: staff
        .filter((m) => !m.all && scoped.some((s) => s.userId === m.userId && s.locationId === l.id))
        .map(strip),
    })),
  };
}

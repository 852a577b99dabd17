import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { inTurn } from '../in-turn';
import { countUpcomingBookings } from './count-upcoming-bookings';
import { findLocation } from './find-location';
import { fromWeeklyHours, openingWindow } from './location-input';

const { membershipLocations, memberships, resources, users, workingHours } = schema;

export const getLocationInput = z.object({ locationId: z.uuid() }).strict();

export const locationDetail = z.object({
  id: z.string(),
  name: z.string(),
  addressLine1: z.string(),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
  timeZone: z.string(),
  openingHours: z.array(openingWindow),
  minNoticeMinutes: z.number(),
  bookingHorizonDays: z.number(),
  cancellationWindowHours: z.number(),
  resources: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(['exam_room', 'gait_lab']),
      hasTreadmill: z.boolean(),
      active: z.boolean(),
      upcomingBookings: z.number(),
    }),
  ),
  /** Clinicians who work here, and whether they have weekly hours here yet (no hours, no slots). */
  clinicians: z.array(z.object({ id: z.string(), name: z.string(), hasHours: z.boolean() })),
  /** Active clinicians of the organisation who could be added here. */
  otherClinicians: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type LocationDetail = z.infer<typeof locationDetail>;

/** One location with its rooms and clinicians, for the admin's edit page. */
export async function getLocation(
  ctx: AuthedContext,
  input: z.infer<typeof getLocationInput>,
): Promise<LocationDetail> {
  const org = ctx.viewer.organizationId;
  const loc = await findLocation(ctx.db, ctx.viewer, input.locationId);
  const [rooms, clinicians, here, hours] = await inTurn(
    () =>
      ctx.db
        .select()
        .from(resources)
        .where(and(eq(resources.organizationId, org), eq(resources.locationId, loc.id)))
        .orderBy(asc(resources.kind), asc(resources.name)),
    () =>
      ctx.db
        .select({ id: users.id, name: users.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.organizationId, org),
            eq(memberships.role, 'clinician'),
            eq(memberships.active, true),
          ),
        )
        .orderBy(asc(users.name)),
    () =>
      ctx.db
        .select({ id: membershipLocations.userId })
        .from(membershipLocations)
        .where(
          and(
            eq(membershipLocations.organizationId, org),
            eq(membershipLocations.locationId, loc.id),
          ),
        ),
    () =>
      ctx.db
        .selectDistinct({ id: workingHours.clinicianId })
        .from(workingHours)
        .where(and(eq(workingHours.organizationId, org), eq(workingHours.locationId, loc.id))),
  );
  const upcoming = await countUpcomingBookings(
    ctx.db,
    org,
    rooms.map((r) => r.id),
    ctx.now(),
  );
  const hereIds = new Set(here.map((h) => h.id));
  const withHours = new Set(hours.map((h) => h.id));
  return {
    id: loc.id,
    name: loc.name,
    addressLine1: loc.addressLine1,
    city: loc.city,
    region: loc.region,
    postalCode: loc.postalCode,
    timeZone: loc.timeZone,
    openingHours: fromWeeklyHours(loc.openingHours),
    minNoticeMinutes: loc.minNoticeMinutes,
    bookingHorizonDays: loc.bookingHorizonDays,
    cancellationWindowHours: loc.cancellationWindowHours,
    resources: rooms.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      hasTreadmill: r.hasTreadmill,
      active: r.active,
      upcomingBookings: upcoming.get(r.id) ?? 0,
    })),
    clinicians: clinicians
      .filter((c) => hereIds.has(c.id))
      .map((c) => ({ ...c, hasHours: withHours.has(c.id) })),
    otherClinicians: clinicians.filter((c) => !hereIds.has(c.id)),
  };
}

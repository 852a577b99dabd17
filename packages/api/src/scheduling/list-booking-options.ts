import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { inTurn } from '../in-turn';
import { inViewerLocations } from '../scope';

const { appointmentTypes, locations, memberships, users, workingHours } = schema;

export const bookingOptionsOutput = z.object({
  locations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      timeZone: z.string(),
      address: z.string(),
      cancellationWindowHours: z.number(),
    }),
  ),
  appointmentTypes: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      durationMinutes: z.number(),
      bookableOnline: z.boolean(),
    }),
  ),
  clinicians: z.array(
    z.object({ id: z.string(), name: z.string(), locationIds: z.array(z.string()) }),
  ),
});
export type BookingOptions = z.infer<typeof bookingOptionsOutput>;

/** What can be booked where: patients see every location and the online types; staff their scope. */
export async function listBookingOptions(ctx: AuthedContext): Promise<BookingOptions> {
  const { viewer, db } = ctx;
  const org = viewer.organizationId;
  const patient = viewer.role === 'patient';
  const [locs, types, hours] = await inTurn(
    () =>
      db
        .select()
        .from(locations)
        .where(
          and(
            eq(locations.organizationId, org),
            patient ? undefined : inViewerLocations(viewer, locations.id),
          ),
        )
        .orderBy(asc(locations.name)),
    () =>
      db
        .select()
        .from(appointmentTypes)
        .where(
          and(
            eq(appointmentTypes.organizationId, org),
            eq(appointmentTypes.active, true),
            patient ? eq(appointmentTypes.bookableOnline, true) : undefined,
          ),
        )
        .orderBy(asc(appointmentTypes.durationMinutes)),
    () =>
      db
        .selectDistinct({ id: users.id, name: users.name, locationId: workingHours.locationId })
        .from(workingHours)
        .innerJoin(
          memberships,
          and(
            eq(memberships.organizationId, workingHours.organizationId),
            eq(memberships.userId, workingHours.clinicianId),
          ),
        )
        .innerJoin(users, eq(users.id, workingHours.clinicianId))
        .where(and(eq(workingHours.organizationId, org), eq(memberships.active, true)))
        .orderBy(asc(users.name)),
  );
  const clinicians = new Map<string, { id: string; name: string; locationIds: string[] }>();
  for (const h of hours) {
    const c = clinicians.get(h.id) ?? { id: h.id, name: h.name, locationIds: [] };
    c.locationIds.push(h.locationId);
    clinicians.set(h.id, c);
  }
  return {
    locations: locs.map((l) => ({
      id: l.id,
      name: l.name,
      timeZone: l.timeZone,
      address: `${l.addressLine1}, ${l.city}`,
      cancellationWindowHours: l.cancellationWindowHours,
    })),
    appointmentTypes: types.map((t) => ({
      id: t.id,
      key: t.key,
      name: t.name,
      durationMinutes: t.durationMinutes,
      bookableOnline: t.bookableOnline,
    })),
    clinicians: [...clinicians.values()],
  };
}

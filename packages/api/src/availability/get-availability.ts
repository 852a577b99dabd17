import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { inTurn } from '../in-turn';
import { resolveClinician } from './resolve-clinician';

const { availabilityExceptions, locations, memberships, users, workingHours } = schema;

export const getAvailabilityInput = z.object({ clinicianId: z.uuid().optional() }).strict();

export const availabilityOutput = z.object({
  clinician: z.object({ id: z.string(), name: z.string() }),
  locations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      timeZone: z.string(),
      windows: z.array(z.object({ weekday: z.number(), start: z.string(), end: z.string() })),
    }),
  ),
  exceptions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['time_off', 'extra_hours']),
      date: z.string(),
      startTime: z.string().nullable(),
      endTime: z.string().nullable(),
      locationId: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  /** For admins: whom else they could edit. */
  clinicians: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type Availability = z.infer<typeof availabilityOutput>;

/** A clinician's weekly hours at each of their locations and their coming exceptions. */
export async function getAvailability(
  ctx: AuthedContext,
  input: z.infer<typeof getAvailabilityInput>,
): Promise<Availability> {
  const org = ctx.viewer.organizationId;
  const clinician = await resolveClinician(ctx, input.clinicianId);
  const today = ctx.now().toISOString().slice(0, 10);
  const [locs, hours, exceptions, clinicians] = await inTurn(
    () =>
      clinician.locationIds.length
        ? ctx.db
            .select({ id: locations.id, name: locations.name, timeZone: locations.timeZone })
            .from(locations)
            .where(
              and(eq(locations.organizationId, org), inArray(locations.id, clinician.locationIds)),
            )
            .orderBy(asc(locations.name))
        : Promise.resolve([]),
    () =>
      ctx.db
        .select()
        .from(workingHours)
        .where(
          and(eq(workingHours.organizationId, org), eq(workingHours.clinicianId, clinician.id)),
        )
        .orderBy(asc(workingHours.weekday), asc(workingHours.startTime)),
    () =>
      ctx.db
        .select()
        .from(availabilityExceptions)
        .where(
          and(
            eq(availabilityExceptions.organizationId, org),
            eq(availabilityExceptions.clinicianId, clinician.id),
            gte(availabilityExceptions.date, today),
          ),
        )
        .orderBy(asc(availabilityExceptions.date)),
    () =>
      ctx.viewer.role === 'admin'
        ? ctx.db
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
            .orderBy(asc(users.name))
        : Promise.resolve([]),
  );
  return {
    clinician: { id: clinician.id, name: clinician.name },
    locations: locs.map((l) => ({
      ...l,
      windows: hours
        .filter((h) => h.locationId === l.id)
        .map((h) => ({ weekday: h.weekday, start: h.startTime, end: h.endTime })),
    })),
    exceptions: exceptions.map((e) => ({
      id: e.id,
      kind: e.kind,
      date: e.date,
      startTime: e.startTime,
      endTime: e.endTime,
      locationId: e.locationId,
      note: e.note,
    })),
    clinicians,
  };
}

import { and, eq, gte, lt, ne } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { addDays, localDateOf } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import { notFound } from '../errors';
import { viewerCanSeeLocation } from '../scope';
import { appointmentSummary, loadAppointmentSummaries } from './appointment-summary';

const { appointments, locations } = schema;
const DAY_MS = 86_400_000;

export const listScheduleInput = z
  .object({
    locationId: z.uuid('Choose a location.'),
    /** First local date shown, in the location's zone. */
    date: z.iso.date('Give the date as YYYY-MM-DD.'),
    days: z.union([z.literal(1), z.literal(7)]).default(1),
    /** Only this clinician's appointments; clinicians default to their own in the UI. */
    clinicianId: z.uuid().optional(),
    includeCancelled: z.boolean().default(false),
  })
  .strict();
export type ListScheduleInput = z.input<typeof listScheduleInput>;

export const scheduleOutput = z.object({
  location: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
  dates: z.array(z.string()),
  appointments: z.array(appointmentSummary.extend({ localDate: z.string() })),
});
export type ScheduleOutput = z.infer<typeof scheduleOutput>;

/** A location's day or week, for the clinician's schedule and the front desk. */
export async function listSchedule(
  ctx: AuthedContext,
  input: z.output<typeof listScheduleInput>,
): Promise<ScheduleOutput> {
  const org = ctx.viewer.organizationId;
  if (!viewerCanSeeLocation(ctx.viewer, input.locationId)) throw notFound('That location');
  const [location] = await ctx.db
    .select({ id: locations.id, name: locations.name, timeZone: locations.timeZone })
    .from(locations)
    .where(and(eq(locations.organizationId, org), eq(locations.id, input.locationId)));
  if (!location) throw notFound('That location');
  const dates = Array.from({ length: input.days }, (_, i) => addDays(input.date, i));
  // A local day spans two UTC dates: fetch a padded range, then keep the local dates asked for.
  const from = new Date(Date.parse(`${input.date}T00:00:00Z`) - DAY_MS);
  const to = new Date(Date.parse(`${input.date}T00:00:00Z`) + (input.days + 1) * DAY_MS);
  const rows = await ctx.db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.organizationId, org),
        eq(appointments.locationId, input.locationId),
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
        input.clinicianId ? eq(appointments.clinicianId, input.clinicianId) : undefined,
        input.includeCancelled ? undefined : ne(appointments.status, 'cancelled'),
      ),
    );
  const summaries = await loadAppointmentSummaries(
    ctx.db,
    org,
    rows.map((r) => r.id),
  );
  const now = ctx.now().getTime();
  return {
    location,
    dates,
    appointments: summaries
      .filter((s) => s.status !== 'held' || (s.holdExpiresAt?.getTime() ?? 0) > now)
      .map((s) => ({ ...s, localDate: localDateOf(s.startsAt.getTime(), location.timeZone) }))
      .filter((s) => dates.includes(s.localDate)),
  };
}

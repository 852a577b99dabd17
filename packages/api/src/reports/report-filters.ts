import type { SQL } from 'drizzle-orm';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { DomainError, notFound } from '../errors';
import { inViewerLocations, viewerCanSeeLocation } from '../scope';

const { locations } = schema;

/** Reports look back 90 days unless told otherwise. */
export const DEFAULT_RANGE_DAYS = 90;
/** A ceiling on one request's work: three years of history is the largest range we answer. */
export const MAX_RANGE_DAYS = 3 * 366;

const isoDate = z.iso.date('Use a date like 2026-03-31.');

export const reportFiltersInput = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    locationId: z.uuid('Choose a location from the list.').optional(),
    clinicianId: z.uuid('Choose a clinician from the list.').optional(),
  })
  .strict();
export type ReportFiltersInput = z.input<typeof reportFiltersInput>;

export const reportRange = z.object({ from: z.string(), to: z.string() });

/** Filters with the defaults applied: the dates are local calendar days at each location. */
export interface ReportFilters {
  organizationId: string;
  from: string;
  to: string;
  locationId: string | undefined;
  clinicianId: string | undefined;
  /** The viewer's location scope, as a condition on `locations.id`. */
  scope: SQL;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function resolveFilters(ctx: AuthedContext, input: ReportFiltersInput): ReportFilters {
  const { viewer } = ctx;
  const to = input.to ?? isoDay(ctx.now().getTime());
  const from = input.from ?? isoDay(Date.parse(to) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  const span = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (span < 0)
    throw new DomainError('BAD_REQUEST', 'The start date must not be after the end date.', 'from');
  if (span >= MAX_RANGE_DAYS) {
    throw new DomainError('BAD_REQUEST', 'Choose a range of at most three years.', 'from');
  }
  // A location outside the viewer's scope does not exist for them.
  if (input.locationId && !viewerCanSeeLocation(viewer, input.locationId)) {
    throw notFound('That location');
  }
  return {
    organizationId: viewer.organizationId,
    from,
    to,
    locationId: input.locationId,
    clinicianId: input.clinicianId,
    scope: inViewerLocations(viewer, locations.id),
  };
}

/**
 * The `loc` CTE every report starts from: the organisation's locations in scope and filter,
 * with the range turned into instants in each location's own time zone ([lo, hi)).
 */
export function locationsCte(f: ReportFilters): SQL {
  return sql`loc as (
    select locations.id, locations.name, locations.time_zone as tz, locations.opening_hours,
      locations.cancellation_window_hours as window_hours,
      (${f.from}::date)::timestamp at time zone locations.time_zone as lo,
      (${f.to}::date + 1)::timestamp at time zone locations.time_zone as hi,
      -- A day before lo, ready-made: under row-level security "starts_at >= loc.lo - interval"
      -- may not drive an index scan (the subtraction is not leakproof), a plain column may.
      (${f.from}::date - 1)::timestamp at time zone locations.time_zone as lo_day_before,
      -- A local day inside each end: a booking starting between them lies wholly in [lo, hi).
      -- In a one-day range the two meet at hi, so [lo_day_before, lo_day_after) and
      -- [hi_day_before, hi) never overlap.
      (${f.from}::date + 1)::timestamp at time zone locations.time_zone as lo_day_after,
      greatest(${f.to}::date, ${f.from}::date + 1)::timestamp at time zone locations.time_zone
        as hi_day_before
    from locations
    where locations.organization_id = ${f.organizationId} and ${f.scope}
      and ${f.locationId ? eq(locations.id, f.locationId) : sql`true`}
  )`;
}

/** `and <column> = clinician` when a clinician is chosen, else nothing. */
export function clinicianFilter(f: ReportFilters, column: SQL): SQL {
  return f.clinicianId ? sql`and ${column} = ${f.clinicianId}` : sql``;
}

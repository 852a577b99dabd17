import { sql } from 'drizzle-orm';
import { z } from 'zod';

import { rawRows } from '@stride/db';

import type { AuthedContext } from '../context';
import type { ReportFiltersInput } from './report-filters';
import { availabilityCtes } from './availability-sql';
import { clinicianFilter, locationsCte, reportRange, resolveFilters } from './report-filters';

export const utilisationRow = z.object({
  kind: z.enum(['clinician', 'gait_lab']),
  locationId: z.string(),
  locationName: z.string(),
  resourceId: z.string(),
  resourceName: z.string(),
  availableHours: z.number(),
  bookedHours: z.number(),
  /** Booked over available; null when nothing was available (booked overtime has no ratio). */
  utilisation: z.number().nullable(),
});
export const utilisationOutput = reportRange.extend({ rows: z.array(utilisationRow) });
export type UtilisationOutput = z.infer<typeof utilisationOutput>;

/** Hours of an allocation inside the location's range: buffers count, the clipped tails do not. */
const clippedHours = sql`extract(epoch from upper(a.during * tstzrange(loc.lo, loc.hi))
  - lower(a.during * tstzrange(loc.lo, loc.hi))) / 3600`;

/**
 * Booked against available hours per clinician and per gait lab. Available is worked out in
 * SQL, day by day in each location's zone (see availability-sql.ts); booked is the live
 * bookings' allocation windows (buffers included: the room or person is taken then too),
 * clipped to the range. Gait labs belong to no clinician, so a clinician's report omits them.
 */
export async function getUtilisation(
  ctx: AuthedContext,
  input: ReportFiltersInput,
): Promise<UtilisationOutput> {
  const f = resolveFilters(ctx, input);
  const org = f.organizationId;
  // Bookings that hold their time: live ones, and patients' holds not yet lapsed.
  const live = sql`(ap.status in ('booked', 'checked_in', 'completed', 'no_show')
    or (ap.status = 'held' and ap.hold_expires_at > ${ctx.now().toISOString()}::timestamptz))`;
  /**
   * Seconds of each live booking starting in [loc.<from>, loc.<to>), its window clipped to the
   * range with plain timestamp arithmetic: the bookings near either end. One select per end,
   * each a plain range of the index (an OR of the two ranges was planned as a sequential scan).
   */
  const clippedBookings = (
    from: 'lo_day_before' | 'hi_day_before',
    to: 'lo_day_after' | 'hi',
  ) => sql`
        select ap.clinician_id, ap.location_id,
          extract(epoch from
            least(ap.ends_at + make_interval(mins => ty.buffer_after_minutes), loc.hi)
            - greatest(ap.starts_at - make_interval(mins => ty.buffer_before_minutes), loc.lo))
        from loc
        join appointments ap on ap.organization_id = ${org} and ap.location_id = loc.id
          and ap.starts_at >= ${sql.raw(`loc.${from}`)} and ap.starts_at < ${sql.raw(`loc.${to}`)}
        join appointment_types ty on ty.organization_id = ${org} and ty.id = ap.appointment_type_id
        where ${live}
          -- Starts before hi, so the window meets the range exactly when it ends after lo.
          and ap.ends_at + make_interval(mins => ty.buffer_after_minutes) > loc.lo
          ${clinicianFilter(f, sql`ap.clinician_id`)}`;
  const rows = await rawRows<z.input<typeof utilisationRow>>(
    ctx.db,
    sql`with ${locationsCte(f)}, ${availabilityCtes(f)},
    clinician_booked as (
      -- A live booking's clinician allocation is [start - buffer before, end + buffer after)
      -- (reserve-slot.ts), at most 12 hours (types last at most 8 h, with at most 2 h of buffer
      -- each side). Read from appointments, whose (organisation, location, starts_at) index
      -- bounds the scan: joining the allocations row by row cost seconds at 1M rows.
      select clinician_id, location_id, sum(seconds) / 3600 as hours
      from (
        -- Starting a local day or more inside either end, a window lies wholly in the range:
        -- its hours are the booking's own plus its type's buffers, so bookings are summed and
        -- counted per type and the buffers added after, with no range arithmetic per row (one
        -- report 670-750 -> ~525 ms on the benchmark's data, the same 240 rows).
        select b.clinician_id, b.location_id,
          extract(epoch from b.span) + b.n * 60 * (ty.buffer_before_minutes + ty.buffer_after_minutes)
            as seconds
        from (
          select ap.clinician_id, ap.location_id, ap.appointment_type_id,
            sum(ap.ends_at - ap.starts_at) as span, count(*) as n
          from loc
          join appointments ap on ap.organization_id = ${org} and ap.location_id = loc.id
            and ap.starts_at >= loc.lo_day_after and ap.starts_at < loc.hi_day_before
          where ${live}
            ${clinicianFilter(f, sql`ap.clinician_id`)}
          group by ap.clinician_id, ap.location_id, ap.appointment_type_id
        ) b
        join appointment_types ty on ty.organization_id = ${org} and ty.id = b.appointment_type_id
        union all ${clippedBookings('lo_day_before', 'lo_day_after')}
        union all ${clippedBookings('hi_day_before', 'hi')}
      ) booked
      group by clinician_id, location_id
    ),
    clinicians as (
      select coalesce(av.location_id, b.location_id) as location_id,
        coalesce(av.clinician_id, b.clinician_id) as resource_id,
        coalesce(av.hours, 0) as available, coalesce(b.hours, 0) as booked
      from clinician_available av
      full join clinician_booked b
        on b.clinician_id = av.clinician_id and b.location_id = av.location_id
    ),
    gait as (
      select r.id, r.location_id, r.name from resources r join loc on loc.id = r.location_id
      where r.organization_id = ${org} and r.kind = 'gait_lab' and r.active
        -- Rooms are nobody's: a clinician's report leaves them out.
        and ${f.clinicianId ? sql`false` : sql`true`}
    ),
    gait_available as (
      select g.id, coalesce(sum(extract(epoch from upper(x.r) - lower(x.r))), 0) / 3600 as hours
      from gait g join open_hours o on o.location_id = g.location_id
      left join lateral unnest(o.hours) as x(r) on true
      group by g.id
    ),
    gait_booked as (
      -- Bounded by the allocations' start column (migration 0016): behind the policy && may not
      -- drive an index scan, and through the exclusion constraint's index this read every
      -- gait-lab allocation ever made (a third of the report at three years of a group). An
      -- allocation spans at most 12 hours, so one starting a day before the range is the
      -- earliest that can reach into it.
      select g.id, sum(${clippedHours}) as hours
      from gait g join loc on loc.id = g.location_id
      join appointment_allocations a on a.organization_id = ${org} and a.resource_id = g.id
        and a.active and a.starts_at >= loc.lo_day_before and a.starts_at < loc.hi
        and a.kind = 'gait_lab' and a.during && tstzrange(loc.lo, loc.hi)
      group by g.id
    ),
    merged as (
      select 'clinician' as kind, c.location_id, c.resource_id, u.name as resource_name,
        c.available, c.booked
      from clinicians c join users u on u.id = c.resource_id
      union all
      select 'gait_lab', g.location_id, g.id, g.name, coalesce(ga.hours, 0), coalesce(gb.hours, 0)
      from gait g left join gait_available ga on ga.id = g.id left join gait_booked gb on gb.id = g.id
    )
    select m.kind as "kind", m.location_id as "locationId", loc.name as "locationName",
      m.resource_id as "resourceId", m.resource_name as "resourceName",
      round(m.available::numeric, 2)::float8 as "availableHours",
      round(m.booked::numeric, 2)::float8 as "bookedHours",
      case when m.available > 0 then round((m.booked / m.available)::numeric, 4)::float8 end
        as "utilisation"
    from merged m join loc on loc.id = m.location_id
    order by loc.name, m.kind, m.resource_name`,
  );
  return { from: f.from, to: f.to, rows: rows.map((r) => utilisationRow.parse(r)) };
}

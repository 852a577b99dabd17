import { sql } from 'drizzle-orm';
import { z } from 'zod';

import { rawRows } from '@stride/db';

import type { AuthedContext } from '../context';
import type { ReportFiltersInput } from './report-filters';
import { clinicianFilter, locationsCte, reportRange, resolveFilters } from './report-filters';

export const attendanceRow = z.object({
  /** Null on the totals row. */
  locationId: z.string().nullable(),
  locationName: z.string().nullable(),
  clinicianId: z.string().nullable(),
  clinicianName: z.string().nullable(),
  appointments: z.number(),
  attended: z.number(),
  noShows: z.number(),
  lateCancellations: z.number(),
  earlyCancellations: z.number(),
  noShowRate: z.number().nullable(),
  lateCancellationRate: z.number().nullable(),
});
export const attendanceOutput = reportRange.extend({
  rows: z.array(attendanceRow),
  total: attendanceRow,
});
export type AttendanceOutput = z.infer<typeof attendanceOutput>;

/**
 * No-show and late-cancellation rates per clinician and location, over appointments that were
 * due in the range (future ones cannot have been missed yet). Holds never became bookings and
 * a reschedule moved the visit rather than cancelling it (reserve-slot.ts writes the reason
 * 'Rescheduled'), so neither counts. A cancellation is late when it came inside the location's
 * cancellation window before the start, or after the start.
 */
export async function getAttendance(
  ctx: AuthedContext,
  input: ReportFiltersInput,
): Promise<AttendanceOutput> {
  const f = resolveFilters(ctx, input);
  const late = sql`ap.status = 'cancelled'
    and ap.cancelled_at > ap.starts_at - make_interval(hours => loc.window_hours)`;
  const rows = await rawRows<z.input<typeof attendanceRow> & { total: boolean }>(
    ctx.db,
    sql`with ${locationsCte(f)},
    due as (
      select loc.id as location_id, ap.clinician_id,
        (ap.status in ('completed', 'checked_in')) as attended,
        (ap.status = 'no_show') as no_show,
        (${late}) as late,
        (ap.status = 'cancelled' and not (${late})) as early
      from loc
      join appointments ap on ap.organization_id = ${f.organizationId}
        and ap.location_id = loc.id and ap.starts_at >= loc.lo
        and ap.starts_at < least(loc.hi, ${ctx.now().toISOString()}::timestamptz)
      where ap.status <> 'held'
        and not (ap.status = 'cancelled' and ap.cancel_reason is not distinct from 'Rescheduled')
        ${clinicianFilter(f, sql`ap.clinician_id`)}
    ),
    counted as (
      select location_id, clinician_id, grouping(location_id, clinician_id) = 3 as total,
        count(*)::int as appointments,
        (count(*) filter (where attended))::int as attended,
        (count(*) filter (where no_show))::int as no_shows,
        (count(*) filter (where late))::int as late,
        (count(*) filter (where early))::int as early
      from due group by grouping sets ((location_id, clinician_id), ())
    )
    select c.total, c.location_id as "locationId", loc.name as "locationName",
      c.clinician_id as "clinicianId", u.name as "clinicianName",
      c.appointments, c.attended, c.no_shows as "noShows", c.late as "lateCancellations",
      c.early as "earlyCancellations",
      round(c.no_shows::numeric / nullif(c.appointments, 0), 4)::float8 as "noShowRate",
      round(c.late::numeric / nullif(c.appointments, 0), 4)::float8 as "lateCancellationRate"
    from counted c
    left join loc on loc.id = c.location_id
    left join users u on u.id = c.clinician_id
    order by c.total, loc.name, u.name`,
  );
  const parsed = rows.map(({ total, ...r }) => ({ total, row: attendanceRow.parse(r) }));
  const empty = attendanceRow.parse({
    locationId: null,
    locationName: null,
    clinicianId: null,
    clinicianName: null,
    appointments: 0,
    attended: 0,
    noShows: 0,
    lateCancellations: 0,
    earlyCancellations: 0,
    noShowRate: null,
    lateCancellationRate: null,
  });
  return {
    from: f.from,
    to: f.to,
    rows: parsed.filter((p) => !p.total).map((p) => p.row),
    total: parsed.find((p) => p.total)?.row ?? empty,
  };
}

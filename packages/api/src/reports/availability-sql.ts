import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

import type { ReportFilters } from './report-filters';
import { clinicianFilter } from './report-filters';

/** `(day + 'HH:MM')` read as a wall clock in the location's zone, so DST days come out right. */
const wall = (time: SQL): SQL => sql`(days.d + (${time})::time) at time zone days.tz`;

/**
 * CTEs (after `loc`) for what could have been booked, mirroring the booking engine
 * (@stride/scheduling's expandClinicianAvailability): per local day, weekly hours plus extra
 * hours at the location, within its opening hours, minus time off (which applies everywhere).
 * Multiranges make the interval arithmetic exact: overlapping entries are never counted twice.
 * Yields `open_hours(location_id, d, hours)` and `clinician_available(clinician_id,
 * location_id, hours)`.
 */
export function availabilityCtes(f: ReportFilters): SQL {
  const org = f.organizationId;
  return sql`days as (
      select loc.id as location_id, loc.tz, g.d::date as d, extract(isodow from g.d)::int as dow
      from loc cross join generate_series(${f.from}::timestamp, ${f.to}::timestamp, interval '1 day') as g(d)
    ),
    open_hours as (
      select days.location_id, days.d,
        range_agg(tstzrange(${wall(sql`w.value->>'start'`)}, ${wall(sql`w.value->>'end'`)})) as hours
      from days join loc on loc.id = days.location_id
      cross join lateral jsonb_each(loc.opening_hours) as oh(weekday, windows)
      cross join lateral jsonb_array_elements(oh.windows) as w(value)
      where array_position(array['mon','tue','wed','thu','fri','sat','sun'], oh.weekday) = days.dow
      group by days.location_id, days.d
    ),
    work as (
      select wh.clinician_id, days.location_id, days.d,
        tstzrange(${wall(sql`wh.start_time`)}, ${wall(sql`wh.end_time`)}) as r
      from working_hours wh
      join days on days.location_id = wh.location_id and days.dow = wh.weekday
      where wh.organization_id = ${org} ${clinicianFilter(f, sql`wh.clinician_id`)}
      union all
      select e.clinician_id, days.location_id, days.d,
        tstzrange(${wall(sql`e.start_time`)}, ${wall(sql`e.end_time`)})
      from availability_exceptions e
      join days on days.location_id = e.location_id and days.d = e.date
      where e.organization_id = ${org} and e.kind = 'extra_hours'
        and e.start_time is not null and e.end_time is not null
        ${clinicianFilter(f, sql`e.clinician_id`)}
    ),
    away as (
      select e.clinician_id, days.location_id, days.d,
        range_agg(case when e.start_time is null or e.end_time is null
          then tstzrange(days.d::timestamp at time zone days.tz,
            (days.d + 1)::timestamp at time zone days.tz)
          else tstzrange(${wall(sql`e.start_time`)}, ${wall(sql`e.end_time`)}) end) as r
      from availability_exceptions e join days on days.d = e.date
      where e.organization_id = ${org} and e.kind = 'time_off'
        and e.date between ${f.from}::date and ${f.to}::date
        ${clinicianFilter(f, sql`e.clinician_id`)}
      group by e.clinician_id, days.location_id, days.d
    ),
    work_day as (
      select clinician_id, location_id, d, range_agg(r) as r from work
      group by clinician_id, location_id, d
    ),
    free as (
      select w.clinician_id, w.location_id,
        (w.r * coalesce(o.hours, '{}'::tstzmultirange)) - coalesce(a.r, '{}'::tstzmultirange) as r
      from work_day w
      left join open_hours o on o.location_id = w.location_id and o.d = w.d
      left join away a
        on a.clinician_id = w.clinician_id and a.location_id = w.location_id and a.d = w.d
    ),
    clinician_available as (
      select f.clinician_id, f.location_id,
        coalesce(sum(extract(epoch from upper(x.r) - lower(x.r))), 0) / 3600 as hours
      from free f left join lateral unnest(f.r) as x(r) on true
      group by f.clinician_id, f.location_id
    )`;
}

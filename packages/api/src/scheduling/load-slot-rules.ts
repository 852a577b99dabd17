import { sql } from 'drizzle-orm';

import type { Database, WeeklyHours } from '@stride/db';
import type {
  AppointmentType,
  BusyInterval,
  Clinician,
  Location,
  Resource,
} from '@stride/scheduling';
import { rawRows, schema, weekdays } from '@stride/db';
import { slotCheckWindow } from '@stride/scheduling';

import { notFound } from '../errors';
import { renderedWithPlaceholders } from '../rendered-once';

const {
  appointmentAllocations,
  appointments,
  appointmentTypes,
  availabilityExceptions,
  locations,
  memberships,
  resources,
  users,
  workingHours,
} = schema;

export interface SlotRules {
  location: Location & { name: string; cancellationWindowHours: number };
  appointmentType: AppointmentType & { bookableOnline: boolean };
  clinicians: Clinician[];
  clinicianNames: Map<string, string>;
  resources: Resource[];
  busy: BusyInterval[];
  /** Epoch ms when the first hold among `busy` lapses and frees its time; absent if none. */
  holdsLapseAt: number | undefined;
}

/** Rows as `json_agg` spells them: absent (null) when there are none. */
interface LocationRows extends Record<string, unknown> {
  hours:
    | {
        clinicianId: string;
        locationId: string;
        weekday: number;
        start: string;
        end: string;
        name: string;
      }[]
    | null;
  rooms: Resource[] | null;
  exceptions:
    | {
        clinicianId: string;
        kind: 'time_off' | 'extra_hours';
        date: string;
        startTime: string | null;
        endTime: string | null;
        locationId: string | null;
      }[]
    | null;
  /** Epoch milliseconds; `lapsesAt` on a hold's time. */
  busy: (BusyInterval & { lapsesAt: number | null })[] | null;
}

function openingWindows(hours: WeeklyHours): Location['openingHours'] {
  return weekdays.flatMap((day, index) =>
    (hours[day] ?? []).map((w) => ({ weekday: index + 1, start: w.start, end: w.end })),
  );
}

/** The location's booking rules and the appointment type, as `locationAndTypeStatement` answers. */
interface LocationAndType extends Record<string, unknown> {
  location: {
    id: string;
    name: string;
    timeZone: string;
    openingHours: WeeklyHours;
    minNoticeMinutes: number;
    bookingHorizonDays: number;
    cancellationWindowHours: number;
  };
  /** Null when the type is not one of the organisation's active types. */
  type: {
    id: string;
    name: string;
    durationMinutes: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
    resourceKinds: Resource['kind'][];
    bookableOnline: boolean;
  } | null;
}

/**
 * The location and the appointment type in one statement, rendered once: only the columns the
 * slot rules use, where drizzle's select of both whole tables rendered and mapped every column
 * of both on every booking and every week of slots computed.
 */
const locationAndTypeStatement = renderedWithPlaceholders(sql`
  select json_build_object(
           'id', l.id, 'name', l.name, 'timeZone', l.time_zone, 'openingHours', l.opening_hours,
           'minNoticeMinutes', l.min_notice_minutes, 'bookingHorizonDays', l.booking_horizon_days,
           'cancellationWindowHours', l.cancellation_window_hours) as location,
         case when t.id is not null then json_build_object(
           'id', t.id, 'name', t.name, 'durationMinutes', t.duration_minutes,
           'bufferBeforeMinutes', t.buffer_before_minutes,
           'bufferAfterMinutes', t.buffer_after_minutes, 'resourceKinds', t.resource_kinds,
           'bookableOnline', t.bookable_online) end as type
  from ${locations} l
  left join ${appointmentTypes} t
    on t.organization_id = l.organization_id and t.id = ${sql.placeholder('typeId')} and t.active
  where l.organization_id = ${sql.placeholder('org')} and l.id = ${sql.placeholder('locationId')}`);

/**
 * The statement behind `loadSlotRules`, rendered to text once (`renderedWithPlaceholders`): built
 * from the schema on every call, its dozens of table and column references were walked for each
 * booking and each week of slots computed, the largest share of drizzle's rendering time in a
 * booking's CPU profile.
 */
const slotRulesStatement = renderedWithPlaceholders(sql`
      with hours as (
        select wh.clinician_id as "clinicianId", wh.location_id as "locationId", wh.weekday,
               wh.start_time as "start", wh.end_time as "end", u.name
        from ${workingHours} wh
        join ${memberships} m on m.organization_id = wh.organization_id and m.user_id = wh.clinician_id
        join ${users} u on u.id = wh.clinician_id
        where wh.organization_id = ${sql.placeholder('org')} and wh.location_id = ${sql.placeholder('locationId')}
          and m.active and m.role = 'clinician'
      ), rooms as (
        select r.id, r.location_id as "locationId", r.kind
        from ${resources} r
        where r.organization_id = ${sql.placeholder('org')} and r.location_id = ${sql.placeholder('locationId')} and r.active
      ), exceptions as (
        select e.clinician_id as "clinicianId", e.kind, e.date, e.start_time as "startTime",
               e.end_time as "endTime", e.location_id as "locationId"
        from ${availabilityExceptions} e
        where e.organization_id = ${sql.placeholder('org')}
          and e.clinician_id in (select "clinicianId" from hours)
          and e.date between ${sql.placeholder('fromDate')}::date and ${sql.placeholder('toDate')}::date
      ), busy as (
        -- Found through the appointments' btree indexes, by start: under row-level security a
        -- range's && is not leakproof, so no index on during may serve it (a 2M-row scan). An
        -- allocation spans its appointment (at most 8 h) and buffers (2 h each), hence the pad.
        -- Cancelled appointments never hold time, so their allocations are not even looked up.
        -- Epoch ms as float8, rounded: extract() gives numeric, slow over a week's thousands of
        -- allocations, and every instant here is a whole millisecond (slots on the minute, holds
        -- from the app's Date), which float8 carries exactly.
        select a.resource_id as "resourceId",
               round(date_part('epoch', lower(a.during)) * 1000) as "start",
               round(date_part('epoch', upper(a.during)) * 1000) as "end",
               case when ap.status = 'held'
                 then round(date_part('epoch', ap.hold_expires_at) * 1000) end as "lapsesAt"
        from ${appointments} ap
        join ${appointmentAllocations} a
          on a.organization_id = ap.organization_id and a.appointment_id = ap.id
        where ap.organization_id = ${sql.placeholder('org')}
          and (ap.location_id = ${sql.placeholder('locationId')}
               or ap.clinician_id = any(array(select "clinicianId" from hours)))
          and ap.starts_at >= ${sql.placeholder('from')}::timestamptz - interval '12 hours'
          and ap.starts_at < ${sql.placeholder('to')}::timestamptz + interval '12 hours'
          and ap.status <> 'cancelled'
          and not (ap.status = 'held' and ap.hold_expires_at <= ${sql.placeholder('now')}::timestamptz)
          and a.active
          -- One array of the distinct resources: as an IN over the CTEs the planner expected a
          -- handful of allocations and compared each of a week's ~1,700 with every working-hours
          -- row (58,000 comparisons, 5 of the statement's 13 ms at a bench location).
          and a.resource_id = any(array(select "clinicianId" from hours union select id from rooms))
          and a.during && tstzrange(${sql.placeholder('from')}::timestamptz, ${sql.placeholder('to')}::timestamptz, '[)')
      )
      select (select json_agg(h) from hours h) as hours,
             (select json_agg(r) from rooms r) as rooms,
             (select json_agg(e) from exceptions e) as exceptions,
             (select json_agg(b) from busy b) as busy`);

/**
 * Everything the pure slot engine needs for one location and appointment type, read in the
 * caller's organisation: rules, clinicians with hours there, rooms, and live allocations in
 * [fromMs, toMs), or in what checking one start reads (`checkStart`: its local day and the span
 * it occupies, `slotCheckWindow`; half the busy rows of a day either side). Lapsed holds do not
 * count as busy.
 */
export async function loadSlotRules(
  db: Database,
  input: {
    organizationId: string;
    locationId: string;
    appointmentTypeId: string;
    now: Date;
  } & ({ fromMs: number; toMs: number } | { checkStart: number }),
): Promise<SlotRules> {
  const org = input.organizationId;
  // One round trip for both: every slot and booking request starts here.
  const [found] = await rawRows<LocationAndType>(
    db,
    locationAndTypeStatement({
      org,
      locationId: input.locationId,
      typeId: input.appointmentTypeId,
    }),
  );
  if (!found) throw notFound('That location');
  const { location, type } = found;
  if (!type) throw notFound('That appointment type');
  const { start: fromMs, end: toMs } =
    'checkStart' in input
      ? slotCheckWindow(input.checkStart, location.timeZone, type)
      : { start: input.fromMs, end: input.toMs };

  const fromDate = new Date(fromMs - 2 * 86_400_000).toISOString().slice(0, 10);
  const toDate = new Date(toMs + 2 * 86_400_000).toISOString().slice(0, 10);
  const from = new Date(fromMs).toISOString();
  const to = new Date(toMs).toISOString();
  // The location's clinicians, rooms, time off and live allocations in one round trip: a slot
  // or booking request is mostly waiting on the database, so each statement saved counts.
  const [rows] = await rawRows<LocationRows>(
    db,
    slotRulesStatement({
      org,
      locationId: input.locationId,
      fromDate,
      toDate,
      from,
      to,
      now: input.now.toISOString(),
    }),
  );
  const hours = rows?.hours ?? [];
  const rooms = rows?.rooms ?? [];
  const exceptions = rows?.exceptions ?? [];
  const clinicianIds = [...new Set(hours.map((h) => h.clinicianId))];

  const clinicianNames = new Map(hours.map((h) => [h.clinicianId, h.name]));
  const busy = rows?.busy ?? [];
  let holdsLapseAt: number | undefined;
  for (const b of busy)
    if (b.lapsesAt !== null && (holdsLapseAt === undefined || b.lapsesAt < holdsLapseAt))
      holdsLapseAt = b.lapsesAt;
  return {
    location: {
      id: location.id,
      name: location.name,
      timeZone: location.timeZone,
      openingHours: openingWindows(location.openingHours),
      cancellationWindowHours: location.cancellationWindowHours,
    },
    appointmentType: {
      id: type.id,
      name: type.name,
      durationMinutes: type.durationMinutes,
      bufferBeforeMinutes: type.bufferBeforeMinutes,
      bufferAfterMinutes: type.bufferAfterMinutes,
      // Notice and horizon are the location's booking policy.
      minNoticeMinutes: location.minNoticeMinutes,
      horizonDays: location.bookingHorizonDays,
      resourceKinds: [...type.resourceKinds],
      bookableOnline: type.bookableOnline,
    },
    clinicians: clinicianIds.map((id) => ({
      id,
      workingHours: hours
        .filter((h) => h.clinicianId === id)
        .map((h) => ({ locationId: h.locationId, weekday: h.weekday, start: h.start, end: h.end })),
      exceptions: exceptions
        .filter((e) => e.clinicianId === id)
        .map((e) =>
          e.kind === 'time_off'
            ? {
                kind: 'time_off' as const,
                date: e.date,
                ...(e.startTime && e.endTime ? { start: e.startTime, end: e.endTime } : {}),
              }
            : {
                kind: 'extra_hours' as const,
                date: e.date,
                locationId: e.locationId ?? input.locationId,
                start: e.startTime ?? '00:00',
                end: e.endTime ?? '00:00',
              },
        ),
    })),
    clinicianNames,
    resources: rooms,
    busy,
    holdsLapseAt,
  };
}

import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';

import type { Database, WeeklyHours } from '@stride/db';
import type {
  AppointmentType,
  BusyInterval,
  Clinician,
  Location,
  Resource,
} from '@stride/scheduling';
import { schema, weekdays } from '@stride/db';

import { notFound } from '../errors';

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
}

function openingWindows(hours: WeeklyHours): Location['openingHours'] {
  return weekdays.flatMap((day, index) =>
    (hours[day] ?? []).map((w) => ({ weekday: index + 1, start: w.start, end: w.end })),
  );
}

/**
 * Everything the pure slot engine needs for one location and appointment type, read in the
 * caller's organisation: rules, clinicians with hours there, rooms, and live allocations in
 * [fromMs, toMs). Lapsed holds do not count as busy.
 */
export async function loadSlotRules(
  db: Database,
  input: {
    organizationId: string;
    locationId: string;
    appointmentTypeId: string;
    fromMs: number;
    toMs: number;
    now: Date;
  },
): Promise<SlotRules> {
  const org = input.organizationId;
  const [location] = await db
    .select()
    .from(locations)
    .where(and(eq(locations.organizationId, org), eq(locations.id, input.locationId)));
  if (!location) throw notFound('That location');
  const [type] = await db
    .select()
    .from(appointmentTypes)
    .where(
      and(
        eq(appointmentTypes.organizationId, org),
        eq(appointmentTypes.id, input.appointmentTypeId),
        eq(appointmentTypes.active, true),
      ),
    );
  if (!type) throw notFound('That appointment type');

  const hours = await db
    .select({
      clinicianId: workingHours.clinicianId,
      locationId: workingHours.locationId,
      weekday: workingHours.weekday,
      start: workingHours.startTime,
      end: workingHours.endTime,
      name: users.name,
    })
    .from(workingHours)
    .innerJoin(
      memberships,
      and(
        eq(memberships.organizationId, workingHours.organizationId),
        eq(memberships.userId, workingHours.clinicianId),
      ),
    )
    .innerJoin(users, eq(users.id, workingHours.clinicianId))
    .where(
      and(
        eq(workingHours.organizationId, org),
        eq(workingHours.locationId, input.locationId),
        eq(memberships.active, true),
        eq(memberships.role, 'clinician'),
      ),
    );
  const clinicianIds = [...new Set(hours.map((h) => h.clinicianId))];
  const fromDate = new Date(input.fromMs - 2 * 86_400_000).toISOString().slice(0, 10);
  const toDate = new Date(input.toMs + 2 * 86_400_000).toISOString().slice(0, 10);
  const exceptions = clinicianIds.length
    ? await db
        .select()
        .from(availabilityExceptions)
        .where(
          and(
            eq(availabilityExceptions.organizationId, org),
            inArray(availabilityExceptions.clinicianId, clinicianIds),
            gte(availabilityExceptions.date, fromDate),
            lte(availabilityExceptions.date, toDate),
          ),
        )
    : [];

  const rooms = await db
    .select({ id: resources.id, locationId: resources.locationId, kind: resources.kind })
    .from(resources)
    .where(
      and(
        eq(resources.organizationId, org),
        eq(resources.locationId, input.locationId),
        eq(resources.active, true),
      ),
    );

  const resourceIds = [...clinicianIds, ...rooms.map((r) => r.id)];
  const busyRows = resourceIds.length
    ? await db
        .select({
          resourceId: appointmentAllocations.resourceId,
          start: sql<string>`lower(${appointmentAllocations.during})`,
          end: sql<string>`upper(${appointmentAllocations.during})`,
        })
        .from(appointmentAllocations)
        .innerJoin(
          appointments,
          and(
            eq(appointments.organizationId, appointmentAllocations.organizationId),
            eq(appointments.id, appointmentAllocations.appointmentId),
          ),
        )
        .where(
          and(
            eq(appointmentAllocations.organizationId, org),
            eq(appointmentAllocations.active, true),
            inArray(appointmentAllocations.resourceId, resourceIds),
            sql`${appointmentAllocations.during} && tstzrange(${new Date(input.fromMs).toISOString()}::timestamptz, ${new Date(input.toMs).toISOString()}::timestamptz, '[)')`,
            sql`not (${appointments.status} = 'held' and ${appointments.holdExpiresAt} <= ${input.now.toISOString()}::timestamptz)`,
          ),
        )
    : [];

  const clinicianNames = new Map(hours.map((h) => [h.clinicianId, h.name]));
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
    busy: busyRows.map((b) => ({
      resourceId: b.resourceId,
      start: Date.parse(b.start),
      end: Date.parse(b.end),
    })),
  };
}

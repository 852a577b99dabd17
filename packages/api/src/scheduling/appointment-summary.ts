import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import { rawRows, schema } from '@stride/db';

import { renderedOnce, renderedWithPlaceholders } from '../rendered-once';

const { appointments, appointmentTypes, locations, patients, users } = schema;

export const appointmentSummary = z.object({
  id: z.string(),
  status: z.enum(['held', 'booked', 'checked_in', 'completed', 'cancelled', 'no_show']),
  startsAt: z.date(),
  endsAt: z.date(),
  holdExpiresAt: z.date().nullable(),
  location: z.object({
    id: z.string(),
    name: z.string(),
    timeZone: z.string(),
    address: z.string(),
    cancellationWindowHours: z.number(),
  }),
  type: z.object({ id: z.string(), name: z.string(), durationMinutes: z.number() }),
  clinician: z.object({ id: z.string(), name: z.string() }),
  patient: z.object({ id: z.string(), name: z.string() }),
  cancelReason: z.string().nullable(),
});
export type AppointmentSummary = z.infer<typeof appointmentSummary>;

/** A summary's columns, as `summaryFrom` names them; `toSummary` shapes it for the API. */
export interface SummaryRow {
  id: string;
  status: AppointmentSummary['status'];
  startsAt: Date;
  endsAt: Date;
  holdExpiresAt: Date | null;
  locationId: string;
  appointmentTypeId: string;
  clinicianId: string;
  patientId: string;
  cancelReason: string | null;
  locationName: string;
  timeZone: string;
  address: string;
  city: string;
  window: number;
  typeName: string;
  duration: number;
  clinicianName: string;
  given: string;
  family: string;
}

/** A summary row as `summaryFrom`'s text answers it, through `rawRows`: timestamps as text. */
export type SummaryText = Omit<SummaryRow, 'startsAt' | 'endsAt' | 'holdExpiresAt'> & {
  startsAt: string;
  endsAt: string;
  holdExpiresAt: string | null;
};

/**
 * The summaries of the rows of `source`, as fixed text for statements rendered once
 * (`renderedWithPlaceholders`), its columns named as `SummaryRow`'s fields: the appointments
 * table, or a CTE of an insert or update in the same statement that returns
 * `SUMMARY_RETURNING` (so a write answers with its summary in one round trip).
 */
export function summaryFrom(source: 'appointments' | 'inserted' | 'cancelled'): SQL {
  return renderedOnce(sql`select i.id, i.status, i.starts_at as "startsAt", i.ends_at as "endsAt",
    i.hold_expires_at as "holdExpiresAt", i.location_id as "locationId",
    i.appointment_type_id as "appointmentTypeId", i.clinician_id as "clinicianId",
    i.patient_id as "patientId", i.cancel_reason as "cancelReason",
    l.name as "locationName", l.time_zone as "timeZone", l.address_line1 as address, l.city,
    l.cancellation_window_hours as window, t.name as "typeName",
    t.duration_minutes as duration, c.name as "clinicianName", pt.given_name as given,
    pt.family_name as family
  from ${source === 'appointments' ? appointments : sql.raw(source)} i
  join ${locations} l on l.organization_id = i.organization_id and l.id = i.location_id
  join ${appointmentTypes} t
    on t.organization_id = i.organization_id and t.id = i.appointment_type_id
  join ${patients} pt on pt.organization_id = i.organization_id and pt.id = i.patient_id
  join ${users} c on c.id = i.clinician_id`);
}

/** The columns an insert or update returns for `summaryFrom`, as fixed text. */
export const SUMMARY_RETURNING = renderedOnce(sql`returning organization_id, id, location_id,
  appointment_type_id, patient_id, clinician_id, status, starts_at, ends_at, hold_expires_at,
  cancel_reason`);

/** A `SummaryText` row with its timestamps as dates, as drizzle maps them. */
export function summaryRowOf(row: SummaryText): SummaryRow {
  return {
    ...row,
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    holdExpiresAt: row.holdExpiresAt === null ? null : new Date(row.holdExpiresAt),
  };
}

export function toSummary(r: SummaryRow): AppointmentSummary {
  return {
    id: r.id,
    status: r.status,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    holdExpiresAt: r.holdExpiresAt,
    location: {
      id: r.locationId,
      name: r.locationName,
      timeZone: r.timeZone,
      address: `${r.address}, ${r.city}`,
      cancellationWindowHours: r.window,
    },
    type: { id: r.appointmentTypeId, name: r.typeName, durationMinutes: r.duration },
    clinician: { id: r.clinicianId, name: r.clinicianName },
    patient: { id: r.patientId, name: `${r.given} ${r.family}` },
    cancelReason: r.cancelReason,
  };
}

const summariesStatement = renderedWithPlaceholders(sql`${summaryFrom('appointments')}
  where i.organization_id = ${sql.placeholder('org')} and i.id = any(${sql.placeholder('ids')}::uuid[])
  order by i.starts_at`);

/** Appointments of one organisation with the names a schedule or portal shows. */
export async function loadAppointmentSummaries(
  db: Database,
  organizationId: string,
  ids: string[],
): Promise<AppointmentSummary[]> {
  if (ids.length === 0) return [];
  const rows = await rawRows<SummaryText>(db, summariesStatement({ org: organizationId, ids }));
  return rows.map((row) => toSummary(summaryRowOf(row)));
}

export async function loadAppointmentSummary(
  db: Database,
  organizationId: string,
  id: string,
): Promise<AppointmentSummary | undefined> {
  return (await loadAppointmentSummaries(db, organizationId, [id]))[0];
}

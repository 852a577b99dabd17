import type { SQL, Subquery } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { renderedOnce } from '../rendered-once';

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

const clinicianUser = alias(users, 'clinician_user');

/** The appointment columns a summary reads; an insert or update returns these for one. */
export const summaryColumns = {
  organizationId: appointments.organizationId,
  id: appointments.id,
  locationId: appointments.locationId,
  appointmentTypeId: appointments.appointmentTypeId,
  patientId: appointments.patientId,
  clinicianId: appointments.clinicianId,
  status: appointments.status,
  startsAt: appointments.startsAt,
  endsAt: appointments.endsAt,
  holdExpiresAt: appointments.holdExpiresAt,
  cancelReason: appointments.cancelReason,
};

/**
 * Those columns of the table, or the same columns as returned by a CTE named `Alias` (an
 * insert or update in the same statement).
 */
type SummarySource<Alias extends string> = {
  [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K] extends PgColumn<
    infer T,
    infer R,
    infer E
  >
    ? PgColumn<Omit<T, 'tableName'> & { tableName: Alias }, R, E>
    : never;
};

/**
 * A summary's columns and joins over `source`: the appointments table, or the rows an insert or
 * update in the same statement returns (so a write answers with its summary in one round trip).
 */
export function selectSummaries<Alias extends string>(
  db: Pick<Database, 'select'>,
  source: SummarySource<Alias> & (PgTable | Subquery),
) {
  return db
    .select({
      id: source.id,
      status: source.status,
      startsAt: source.startsAt,
      endsAt: source.endsAt,
      holdExpiresAt: source.holdExpiresAt,
      locationId: source.locationId,
      appointmentTypeId: source.appointmentTypeId,
      clinicianId: source.clinicianId,
      patientId: source.patientId,
      cancelReason: source.cancelReason,
      locationName: locations.name,
      timeZone: locations.timeZone,
      address: locations.addressLine1,
      city: locations.city,
      window: locations.cancellationWindowHours,
      typeName: appointmentTypes.name,
      duration: appointmentTypes.durationMinutes,
      clinicianName: clinicianUser.name,
      given: patients.givenName,
      family: patients.familyName,
    })
    .from(source)
    .innerJoin(
      locations,
      and(eq(locations.organizationId, source.organizationId), eq(locations.id, source.locationId)),
    )
    .innerJoin(
      appointmentTypes,
      and(
        eq(appointmentTypes.organizationId, source.organizationId),
        eq(appointmentTypes.id, source.appointmentTypeId),
      ),
    )
    .innerJoin(
      patients,
      and(eq(patients.organizationId, source.organizationId), eq(patients.id, source.patientId)),
    )
    .innerJoin(clinicianUser, eq(clinicianUser.id, source.clinicianId));
}

export type SummaryRow = Awaited<ReturnType<typeof selectSummaries<'appointments'>>>[number];

/** A summary row as `summaryFrom`'s text answers it, through `rawRows`: timestamps as text. */
export type SummaryText = Omit<SummaryRow, 'startsAt' | 'endsAt' | 'holdExpiresAt'> & {
  startsAt: string;
  endsAt: string;
  holdExpiresAt: string | null;
};

/**
 * `selectSummaries` as fixed text, for statements rendered once (`renderedWithPlaceholders`):
 * the summary of the rows a CTE named `source` returns (an insert or update of the same
 * statement, returning `summaryColumns`), its columns named as `SummaryRow`'s fields.
 */
export function summaryFrom(source: 'inserted' | 'cancelled'): SQL {
  return renderedOnce(sql`select i.id, i.status, i.starts_at as "startsAt", i.ends_at as "endsAt",
    i.hold_expires_at as "holdExpiresAt", i.location_id as "locationId",
    i.appointment_type_id as "appointmentTypeId", i.clinician_id as "clinicianId",
    i.patient_id as "patientId", i.cancel_reason as "cancelReason",
    l.name as "locationName", l.time_zone as "timeZone", l.address_line1 as address, l.city,
    l.cancellation_window_hours as window, t.name as "typeName",
    t.duration_minutes as duration, c.name as "clinicianName", pt.given_name as given,
    pt.family_name as family
  from ${sql.raw(source)} i
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

/** Appointments of one organisation with the names a schedule or portal shows. */
export async function loadAppointmentSummaries(
  db: Database,
  organizationId: string,
  ids: string[],
): Promise<AppointmentSummary[]> {
  if (ids.length === 0) return [];
  const rows = await selectSummaries(db, appointments)
    .where(and(eq(appointments.organizationId, organizationId), inArray(appointments.id, ids)))
    .orderBy(appointments.startsAt);
  return rows.map(toSummary);
}

export async function loadAppointmentSummary(
  db: Database,
  organizationId: string,
  id: string,
): Promise<AppointmentSummary | undefined> {
  return (await loadAppointmentSummaries(db, organizationId, [id]))[0];
}

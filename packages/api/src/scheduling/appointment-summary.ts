import type { Subquery } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

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

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

/** Appointments of one organisation with the names a schedule or portal shows. */
export async function loadAppointmentSummaries(
  db: Database,
  organizationId: string,
  ids: string[],
): Promise<AppointmentSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      a: appointments,
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
    .from(appointments)
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, appointments.organizationId),
        eq(locations.id, appointments.locationId),
      ),
    )
    .innerJoin(
      appointmentTypes,
      and(
        eq(appointmentTypes.organizationId, appointments.organizationId),
        eq(appointmentTypes.id, appointments.appointmentTypeId),
      ),
    )
    .innerJoin(
      patients,
      and(
        eq(patients.organizationId, appointments.organizationId),
        eq(patients.id, appointments.patientId),
      ),
    )
    .innerJoin(clinicianUser, eq(clinicianUser.id, appointments.clinicianId))
    .where(and(eq(appointments.organizationId, organizationId), inArray(appointments.id, ids)))
    .orderBy(appointments.startsAt);
  return rows.map((r) => ({
    id: r.a.id,
    status: r.a.status,
    startsAt: r.a.startsAt,
    endsAt: r.a.endsAt,
    holdExpiresAt: r.a.holdExpiresAt,
    location: {
      id: r.a.locationId,
      name: r.locationName,
      timeZone: r.timeZone,
      address: `${r.address}, ${r.city}`,
      cancellationWindowHours: r.window,
    },
    type: { id: r.a.appointmentTypeId, name: r.typeName, durationMinutes: r.duration },
    clinician: { id: r.a.clinicianId, name: r.clinicianName },
    patient: { id: r.a.patientId, name: `${r.given} ${r.family}` },
    cancelReason: r.a.cancelReason,
  }));
}

export async function loadAppointmentSummary(
  db: Database,
  organizationId: string,
  id: string,
): Promise<AppointmentSummary | undefined> {
  return (await loadAppointmentSummaries(db, organizationId, [id]))[0];
}

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { locations, patients, users } = schema;

export const getPatientChartInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();
export type GetPatientChartInput = z.infer<typeof getPatientChartInput>;

export const patientDetails = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  dateOfBirth: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  weeklyDistanceKm: z.number().nullable(),
  targetRace: z.string().nullable(),
  targetRaceDate: z.string().nullable(),
  location: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
  primaryClinician: z.object({ id: z.string(), name: z.string() }).nullable(),
  hasPortalAccount: z.boolean(),
});
export type PatientDetails = z.infer<typeof patientDetails>;

/** One patient's record as the chart shows it; the same shape serves the portal. */
export function selectPatientDetails(ctx: AuthedContext) {
  return ctx.db
    .select({
      id: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      sex: patients.sex,
      dateOfBirth: patients.dateOfBirth,
      email: patients.email,
      phone: patients.phone,
      weeklyDistanceKm: patients.weeklyDistanceKm,
      targetRace: patients.targetRace,
      targetRaceDate: patients.targetRaceDate,
      userId: patients.userId,
      locationId: locations.id,
      locationName: locations.name,
      timeZone: locations.timeZone,
      clinicianId: users.id,
      clinicianName: users.name,
    })
    .from(patients)
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, patients.organizationId),
        eq(locations.id, patients.homeLocationId),
      ),
    )
    .leftJoin(users, eq(users.id, patients.primaryClinicianId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectPatientDetails>['where']>>[number];

export function toPatientDetails(row: Row): PatientDetails {
  const { userId, locationId, locationName, timeZone, clinicianId, clinicianName, ...p } = row;
  return {
    ...p,
    location: { id: locationId, name: locationName, timeZone },
    primaryClinician:
      clinicianId && clinicianName ? { id: clinicianId, name: clinicianName } : null,
    hasPortalAccount: userId !== null,
  };
}

/**
 * Opens a patient's chart. A patient outside the viewer's organisation or locations is NOT_FOUND
 * (never FORBIDDEN: that would confirm the record exists). Every opening is audited; no
 * transaction of its own: the call already runs in one, and a failed audit insert fails the read.
 */
export async function getPatientChart(
  ctx: AuthedContext,
  input: GetPatientChartInput,
): Promise<PatientDetails> {
  const { viewer } = ctx;
  const [row] = await selectPatientDetails(ctx).where(
    and(
      eq(patients.organizationId, viewer.organizationId),
      eq(patients.id, input.patientId),
      inViewerLocations(viewer, patients.homeLocationId),
    ),
  );
  if (!row) throw notFound('That patient');
  await emitAudit(ctx.db, viewer, {
    action: 'patient.chart.read',
    entityType: 'patient',
    entityId: row.id,
    patientId: row.id,
    locationId: row.locationId,
  });
  return toPatientDetails(row);
}

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';
import { buildPatientBundle } from '@stride/fhir';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { inViewerLocations } from '../scope';
import { loadPatientRecord } from './load-patient-record';

const { patients } = schema;

export const patientBundleInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();
export const recordFileOutput = z.object({ filename: z.string(), body: z.string() });
export type RecordFile = z.infer<typeof recordFileOutput>;

/** A patient reads only their own record; staff read patients at their locations. */
async function findPatient(ctx: AuthedContext, tx: Database, patientId: string | undefined) {
  const { viewer } = ctx;
  const who =
    viewer.role === 'patient'
      ? eq(patients.userId, viewer.userId)
      : and(eq(patients.id, patientId ?? ''), inViewerLocations(viewer, patients.homeLocationId));
  const [row] = await tx
    .select({
      id: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      sex: patients.sex,
      dateOfBirth: patients.dateOfBirth,
      email: patients.email,
      phone: patients.phone,
      primaryClinicianId: patients.primaryClinicianId,
      homeLocationId: patients.homeLocationId,
    })
    .from(patients)
    .where(and(eq(patients.organizationId, viewer.organizationId), who));
  if (!row) throw notFound(viewer.role === 'patient' ? 'Your patient record' : 'That patient');
  return row;
}

/**
 * The whole record as a FHIR R4 Bundle (JSON text, ready to save). Exporting a record is a read
 * of it, so it is audited in the same transaction that reads it.
 */
export async function exportPatientBundle(
  ctx: AuthedContext,
  patientId?: string,
): Promise<RecordFile> {
  return ctx.db.transaction(async (tx) => {
    const patient = await findPatient(ctx, tx, patientId);
    const record = await loadPatientRecord(tx, ctx.viewer.organizationId, patient);
    const now = ctx.now().toISOString();
    const bundle = buildPatientBundle(record, now);
    await emitAudit(tx, ctx.viewer, {
      action: 'patient.record.export',
      entityType: 'patient',
      entityId: patient.id,
      patientId: patient.id,
      locationId: patient.homeLocationId,
      detail: { format: 'fhir-r4-bundle', resources: bundle.entry?.length ?? 0 },
    });
    return {
      filename: `stride-record-${patient.id.slice(0, 8)}-${now.slice(0, 10)}.json`,
      body: `${JSON.stringify(bundle, null, 2)}\n`,
    };
  });
}

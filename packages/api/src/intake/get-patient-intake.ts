import { z } from 'zod';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { intakeRecord, intakeVersionSummary, listIntakeVersions } from './intake-record';

export const getPatientIntakeInput = z.strictObject({
  patientId: z.uuid('That is not a patient id.'),
  /** A submitted version to show; the latest submitted one when absent. */
  version: z.number().int().positive('That is not an intake version.').optional(),
});
export type GetPatientIntakeInput = z.infer<typeof getPatientIntakeInput>;

export const patientIntakeOutput = z.object({
  /** The submitted version shown; null when the patient has submitted nothing yet. */
  shown: intakeRecord.nullable(),
  /** Submitted versions, newest first. */
  versions: z.array(intakeVersionSummary),
  /** The patient is editing a newer version they have not submitted. */
  draftInProgress: z.object({ version: z.number().int(), updatedAt: z.date() }).nullable(),
});
export type PatientIntakeOutput = z.infer<typeof patientIntakeOutput>;

/**
 * A patient's submitted intake for staff in scope. Drafts stay private until the patient signs;
 * staff only learn that one is in progress. Every read is audited.
 */
export async function getPatientIntake(
  ctx: AuthedContext,
  input: GetPatientIntakeInput,
): Promise<PatientIntakeOutput> {
  const patientId = await resolvePatientId(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    const all = await listIntakeVersions(tx, ctx.viewer.organizationId, patientId);
    const submitted = all.filter((v) => v.status === 'submitted');
    const shown =
      input.version === undefined
        ? (submitted[0] ?? null)
        : submitted.find((v) => v.version === input.version);
    if (shown === undefined) throw notFound('That intake version');
    const draft = all[0]?.status === 'draft' ? all[0] : undefined;
    await emitAudit(tx, ctx.viewer, {
      action: 'patient.intake.read',
      entityType: 'intake',
      entityId: shown?.id,
      patientId,
      detail: { version: shown?.version ?? null },
    });
    return {
      shown,
      versions: submitted.map(({ version, status, redFlags, submittedAt, updatedAt }) => ({
        version,
        status,
        redFlags,
        submittedAt,
        updatedAt,
      })),
      draftInProgress: draft ? { version: draft.version, updatedAt: draft.updatedAt } : null,
    };
  });
}

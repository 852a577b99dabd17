import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import {
  intakeSchema,
  intakeSignatureSchema,
  intakeSubmissionIssues,
  signatureMatches,
} from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import type { SavedIntakeOutput } from './save-intake-draft';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { patientFullName } from './intake-record';
import { writeIntakeDraft } from './save-intake-draft';

const { intakes } = schema;

export const submitIntakeInput = z.strictObject({
  data: intakeSchema,
  ...intakeSignatureSchema.shape,
});
export type SubmitIntakeInput = z.infer<typeof submitIntakeInput>;

/**
 * Saves the final answers and freezes them as a version, signed with the patient's typed name
 * and the server's clock. Any later change starts the next version's draft.
 */
export async function submitIntake(
  ctx: AuthedContext,
  input: SubmitIntakeInput,
): Promise<SavedIntakeOutput> {
  const issues = intakeSubmissionIssues(input.data);
  if (issues.length > 0)
    throw new DomainError('BAD_REQUEST', issues.map((i) => i.message).join(' '));
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, undefined);
  return ctx.db.transaction(async (tx) => {
    const fullName = await patientFullName(tx, org, patientId, true);
    if (!signatureMatches(input.signedName, fullName))
      throw new DomainError(
        'BAD_REQUEST',
        `Your full name: type your name as it is on your record (${fullName}) to sign.`,
      );
    const draft = await writeIntakeDraft(ctx, tx, patientId, input.data);
    const now = ctx.now();
    await tx
      .update(intakes)
      .set({
        status: 'submitted',
        signedName: input.signedName,
        signedAt: now,
        submittedAt: now,
        updatedAt: now,
      })
      .where(and(eq(intakes.organizationId, org), eq(intakes.id, draft.id)));
    await emitAudit(tx, ctx.viewer, {
      action: 'patient.intake.submit',
      entityType: 'intake',
      entityId: draft.id,
      patientId,
      detail: { version: draft.version, redFlags: input.data.redFlags ?? [] },
    });
    return { ...draft, status: 'submitted' as const, savedAt: now };
  });
}

import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { conditionIds, diagnose, icd10For } from '@stride/diagnosis';
import { examRecordSchema, examRecordToCase } from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { profileRefSchema } from '../priors/load-org-profile';
import { resolvePriorProfile } from '../priors/resolve-prior-profile';
import { findEncounter } from './find-encounter';

const { diagnoses } = schema;

export const confirmDiagnosisInput = z
  .object({
    encounterId: z.uuid('That is not an encounter id.'),
    condition: z.enum(conditionIds, 'Choose the primary diagnosis from the list.'),
    side: z.enum(['left', 'right', 'bilateral'], 'Choose the side.'),
    /** The profile the clinician was looking at; without one, the organisation's default. */
    profile: profileRefSchema.optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

export const confirmedDiagnosisOutput = z.object({
  id: z.string(),
  icd10Code: z.string(),
  engineTop: z.string(),
});

/**
 * Stores the clinician's diagnosis with its ICD-10-CM code and a snapshot of what the engine
 * said about the saved exam (recomputed here, not taken from the browser). A second
 * confirmation supersedes the first; nothing is overwritten.
 */
export async function confirmDiagnosis(
  ctx: AuthedContext,
  input: z.input<typeof confirmDiagnosisInput>,
): Promise<z.infer<typeof confirmedDiagnosisOutput>> {
  const args = confirmDiagnosisInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const e = await findEncounter(ctx, tx, args.encounterId, true);
    const exam = examRecordSchema.parse(e.exam);
    // An own profile runs at its latest version; the stored row names that version.
    const { profile, compareWith } = await resolvePriorProfile(ctx, tx, args.profile);
    const output = diagnose(examRecordToCase(exam), { profile, compareWith });
    const engineTop = output.differential[0]?.condition ?? args.condition;
    const now = ctx.now();
    await tx
      .update(diagnoses)
      .set({ supersededAt: now })
      .where(
        and(
          eq(diagnoses.organizationId, e.organizationId),
          eq(diagnoses.encounterId, e.id),
          isNull(diagnoses.supersededAt),
        ),
      );
    const icd10Code = icd10For(args.condition, args.side);
    const [row] = await tx
      .insert(diagnoses)
      .values({
        organizationId: e.organizationId,
        encounterId: e.id,
        patientId: e.patientId,
        condition: args.condition,
        side: args.side,
        icd10Code,
        engineVersion: output.engineVersion,
        profileId: output.profile.id,
        profileVersion: output.profile.version,
        engineTop,
        engineOutput: output,
        note: args.note ?? null,
        confirmedBy: ctx.viewer.userId,
        confirmedAt: now,
      })
      .returning({ id: diagnoses.id });
    if (!row) throw new Error('diagnosis insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: 'diagnosis.confirm',
      entityType: 'diagnosis',
      entityId: row.id,
      patientId: e.patientId,
      locationId: e.locationId,
      detail: {
        condition: args.condition,
        side: args.side,
        icd10Code,
        engineTop,
        profile: output.profile,
      },
    });
    return { id: row.id, icd10Code, engineTop };
  });
}

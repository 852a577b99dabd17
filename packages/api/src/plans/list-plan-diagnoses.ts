import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { conditionIds, conditionLabels } from '@stride/exam-schema';
import { planTemplates } from '@stride/treatment';

import type { AuthedContext } from '../context';
import type { PatientPlanInput } from './get-plan';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { diagnoses } = schema;

export const planDiagnosesOutput = z.array(
  z.object({
    id: z.string(),
    condition: z.enum(conditionIds),
    label: z.string(),
    side: z.enum(['left', 'right', 'bilateral']),
    icd10Code: z.string(),
    confirmedAt: z.date(),
    /** What the template is built on, so the clinician knows what they confirm. */
    templateBasis: z.string(),
  }),
);
export type PlanDiagnoses = z.infer<typeof planDiagnosesOutput>;

/** The patient's current confirmed diagnoses a plan can be built from, newest first; audited. */
export async function listPlanDiagnoses(
  ctx: AuthedContext,
  input: PatientPlanInput,
): Promise<PlanDiagnoses> {
  const patientId = await resolvePatientId(ctx, input.patientId);
  const rows = await ctx.db
    .select({
      id: diagnoses.id,
      condition: diagnoses.condition,
      side: diagnoses.side,
      icd10Code: diagnoses.icd10Code,
      confirmedAt: diagnoses.confirmedAt,
    })
    .from(diagnoses)
    .where(
      and(
        eq(diagnoses.organizationId, ctx.viewer.organizationId),
        eq(diagnoses.patientId, patientId),
        isNull(diagnoses.supersededAt),
      ),
    )
    .orderBy(desc(diagnoses.confirmedAt))
    .limit(20);
  await emitAudit(ctx.db, ctx.viewer, {
    action: 'patient.diagnoses.read',
    entityType: 'patient',
    entityId: patientId,
    patientId,
  });
  return rows.flatMap((r) => {
    const condition = conditionIds.find((c) => c === r.condition);
    if (!condition) return [];
    return [
      {
        ...r,
        condition,
        label: conditionLabels[condition],
        templateBasis: planTemplates[condition].basis,
      },
    ];
  });
}

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { conditionLabels } from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { findActivePlanRow } from '../plans/plan-view';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { evaluatePlanDischarge, planDischargeSchema } from './evaluate-plan-discharge';
import { patientClock } from './load-chart-plan';
import { dischargeRecordSchema, latestDischarge } from './load-discharge-subject';

const { diagnoses } = schema;

export const dischargeReviewInput = z
  .object({
    patientId: z.uuid('That is not a patient id.'),
    /** `metric:side` of the gait deficit to judge; the most telling one when absent. */
    deficit: z.string().max(80).optional(),
  })
  .strict();

export const dischargeReviewOutput = z.object({
  plan: z
    .object({
      id: z.string(),
      version: z.number(),
      startDate: z.string(),
      condition: z.string(),
      side: z.string(),
    })
    .nullable(),
  review: planDischargeSchema.nullable(),
  discharge: dischargeRecordSchema.nullable(),
});
export type DischargeReview = z.infer<typeof dischargeReviewOutput>;

/** What the discharge page shows: each criterion for the active plan, or the past discharge. */
export async function getDischargeReview(
  ctx: AuthedContext,
  input: z.infer<typeof dischargeReviewInput>,
): Promise<DischargeReview> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    const clock = await patientClock(tx, org, patientId, ctx.now());
    const plan = await findActivePlanRow(tx, org, patientId);
    const discharge = await latestDischarge(tx, org, patientId);
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.discharge_review.read',
      // The patient, not the plan: the page is read with no plan left to discharge too.
      entityType: 'patient',
      entityId: patientId,
      patientId,
      detail: { planId: plan?.id ?? discharge?.planId ?? null },
    });
    if (!plan) return { plan: null, review: null, discharge };
    const [dx] = await tx
      .select({ condition: diagnoses.condition, side: diagnoses.side })
      .from(diagnoses)
      .where(and(eq(diagnoses.organizationId, org), eq(diagnoses.id, plan.diagnosisId)));
    if (!dx) throw notFound('The plan’s diagnosis');
    const review = await evaluatePlanDischarge(
      tx,
      org,
      { id: patientId, side: dx.side, ...clock },
      input.deficit,
    );
    return {
      plan: {
        id: plan.id,
        version: plan.version,
        startDate: plan.startDate,
        condition: conditionLabels[dx.condition as keyof typeof conditionLabels] ?? dx.condition,
        side: dx.side,
      },
      review,
      discharge,
    };
  });
}

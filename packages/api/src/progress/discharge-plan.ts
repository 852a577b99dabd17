import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError, notFound } from '../errors';
import { cancelPendingFollowUps } from '../follow-ups/cancel-pending-follow-ups';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { dischargeSummary } from './discharge-summary';
import { evaluatePlanDischarge } from './evaluate-plan-discharge';
import { patientClock } from './load-chart-plan';

const { diagnoses, discharges, plans } = schema;

export const dischargePlanInput = z
  .object({
    patientId: z.uuid('That is not a patient id.'),
    planId: z.uuid('That is not a plan id.'),
    note: z
      .string()
      .trim()
      .min(1, 'Write a discharge note: why you are discharging now.')
      .max(2000, 'Keep the note under 2,000 characters.'),
    deficit: z.string().max(80).optional(),
  })
  .strict();

export const dischargePlanOutput = z.object({
  id: z.string(),
  criteriaMet: z.array(z.string()),
  cancelledFollowUps: z.number(),
});

/**
 * Closes the active plan: re-evaluates the criteria on the server (not what the browser showed),
 * stores them with the clinician's note and the patient's summary, marks the plan discharged
 * and cancels its unanswered follow-ups, all in one audited transaction.
 */
export async function dischargePlan(
  ctx: AuthedContext,
  input: z.infer<typeof dischargePlanInput>,
): Promise<z.infer<typeof dischargePlanOutput>> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    // The row lock makes a second, concurrent discharge wait and then see the plan closed.
    const [plan] = await tx
      .select({ id: plans.id, status: plans.status, diagnosisId: plans.diagnosisId })
      .from(plans)
      .where(
        and(
          eq(plans.organizationId, org),
          eq(plans.id, input.planId),
          eq(plans.patientId, patientId),
        ),
      )
      .for('update');
    if (!plan) throw notFound('That plan');
    if (plan.status === 'discharged')
      throw new DomainError('CONFLICT', 'This plan has already been discharged.');
    if (plan.status !== 'active')
      throw new DomainError('BAD_REQUEST', 'Only the active plan can be discharged.');
    const [dx] = await tx
      .select({ side: diagnoses.side })
      .from(diagnoses)
      .where(and(eq(diagnoses.organizationId, org), eq(diagnoses.id, plan.diagnosisId)));
    const clock = await patientClock(tx, org, patientId, ctx.now());
    const { evaluation, facts } = await evaluatePlanDischarge(
      tx,
      org,
      { id: patientId, side: dx?.side ?? 'bilateral', ...clock },
      input.deficit,
    );
    const criteriaMet = evaluation.criteria.filter((c) => c.met === true).map((c) => c.id);
    const now = ctx.now();
    const [row] = await tx
      .insert(discharges)
      .values({
        organizationId: org,
        patientId,
        planId: plan.id,
        criteria: { ...evaluation, facts },
        criteriaMet,
        patientSummary: dischargeSummary(evaluation, facts),
        note: input.note,
        dischargedBy: ctx.viewer.userId,
        dischargedAt: now,
      })
      .returning({ id: discharges.id });
    if (!row) throw new Error('discharge insert returned no row');
    await tx
      .update(plans)
      .set({ status: 'discharged' })
      .where(and(eq(plans.organizationId, org), eq(plans.id, plan.id)));
    const cancelled = await cancelPendingFollowUps(tx, {
      organizationId: org,
      planId: plan.id,
      now,
    });
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.discharge',
      entityType: 'plan',
      entityId: plan.id,
      patientId,
      detail: { dischargeId: row.id, criteriaMet, cancelledFollowUps: cancelled.length },
    });
    return { id: row.id, criteriaMet, cancelledFollowUps: cancelled.length };
  });
}

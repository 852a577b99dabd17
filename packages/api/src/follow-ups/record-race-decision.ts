import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { RaceDecisionView } from './race-decision-view';
import { emitAudit } from '../audit';
import { DomainError, notFound } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { latestRaceDecision } from './race-decision-view';

const { patients, plans, raceDecisions } = schema;

export const recordRaceDecisionInput = z
  .object({
    planId: z.uuid('That is not a plan id.'),
    decision: z.enum(['go', 'no_go'], 'Choose go or no-go.'),
    note: z.string().trim().max(1000, 'Keep the note under 1,000 characters.').default(''),
  })
  .strict();

/**
 * The clinician's go/no-go call for the race the active plan works towards. The race date is
 * stored with it, so a later change of race needs a new decision (the caseload flag checks).
 */
export async function recordRaceDecision(
  ctx: AuthedContext,
  input: z.infer<typeof recordRaceDecisionInput>,
): Promise<RaceDecisionView> {
  const org = ctx.viewer.organizationId;
  const [plan] = await ctx.db
    .select({
      patientId: plans.patientId,
      status: plans.status,
      raceDate: plans.raceDate,
      targetRaceDate: patients.targetRaceDate,
    })
    .from(plans)
    .innerJoin(
      patients,
      and(eq(patients.organizationId, plans.organizationId), eq(patients.id, plans.patientId)),
    )
    .where(and(eq(plans.organizationId, org), eq(plans.id, input.planId)));
  if (!plan) throw notFound('That plan');
  const patientId = await resolvePatientId(ctx, plan.patientId);
  if (plan.status !== 'active')
    throw new DomainError(
      'CONFLICT',
      'This plan is no longer the active one. Reload to see the current version.',
    );
  // The same race date the caseload flag judges: the plan's, else the patient's target race.
  const raceDate = plan.raceDate ?? plan.targetRaceDate;
  if (raceDate === null)
    throw new DomainError('BAD_REQUEST', 'There is no race on this plan to decide about.');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(raceDecisions)
      .values({
        organizationId: org,
        patientId,
        planId: input.planId,
        decision: input.decision,
        raceDate,
        note: input.note === '' ? null : input.note,
        decidedBy: ctx.viewer.userId,
        decidedAt: ctx.now(),
      })
      .returning({ id: raceDecisions.id });
    if (!row) throw new Error('race decision insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: 'race_decision.record',
      entityType: 'race_decision',
      entityId: row.id,
      patientId,
      detail: { planId: input.planId, decision: input.decision, raceDate },
    });
    const saved = await latestRaceDecision(tx, org, patientId);
    if (!saved) throw new Error('race decision vanished');
    return saved;
  });
}

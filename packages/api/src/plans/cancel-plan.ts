import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError, notFound } from '../errors';
import { cancelPendingFollowUps } from '../follow-ups/cancel-pending-follow-ups';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { plans } = schema;

export const cancelPlanInput = z
  .object({
    planId: z.uuid('That is not a plan id.'),
    reason: z
      .string()
      .trim()
      .min(3, 'Say briefly why the plan is stopped.')
      .max(500, 'Keep the reason under 500 characters.'),
  })
  .strict();
export type CancelPlanInput = z.infer<typeof cancelPlanInput>;

export const cancelPlanOutput = z.object({ planId: z.string(), cancelledFollowUps: z.number() });

/**
 * The clinician stops a plan: it is no longer active and every unanswered follow-up request on it
 * is cancelled together with its queued jobs, so the patient gets no further questionnaires.
 */
export async function cancelPlan(
  ctx: AuthedContext,
  input: CancelPlanInput,
): Promise<z.infer<typeof cancelPlanOutput>> {
  const org = ctx.viewer.organizationId;
  const [row] = await ctx.db
    .select({ patientId: plans.patientId })
    .from(plans)
    .where(and(eq(plans.organizationId, org), eq(plans.id, input.planId)));
  if (!row) throw notFound('That plan');
  const patientId = await resolvePatientId(ctx, row.patientId);
  return ctx.db.transaction(async (tx) => {
    // The status guard makes a second click, or a race with an edit, a clear refusal.
    const [stopped] = await tx
      .update(plans)
      .set({ status: 'cancelled' })
      .where(
        and(eq(plans.organizationId, org), eq(plans.id, input.planId), eq(plans.status, 'active')),
      )
      .returning({ id: plans.id, version: plans.version });
    if (!stopped)
      throw new DomainError(
        'CONFLICT',
        'This plan is no longer the active one. Reload to see the current version.',
      );
    const cancelled = await cancelPendingFollowUps(tx, {
      organizationId: org,
      planId: stopped.id,
      now: ctx.now(),
    });
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.cancel',
      entityType: 'plan',
      entityId: stopped.id,
      patientId,
      detail: { version: stopped.version, reason: input.reason, followUpsCancelled: cancelled },
    });
    return { planId: stopped.id, cancelledFollowUps: cancelled.length };
  });
}

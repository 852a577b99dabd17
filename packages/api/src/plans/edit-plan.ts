import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { applyPlanEdit, planEditSchema, planSchema } from '@stride/treatment';

import type { AuthedContext } from '../context';
import type { PlanView } from './plan-view';
import { emitAudit } from '../audit';
import { DomainError, notFound } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { savePlanVersion } from './create-plan-from-diagnosis';
import { loadPlanView } from './plan-view';

const { plans } = schema;

export const editPlanInput = planEditSchema.extend({ planId: z.uuid('That is not a plan id.') });
export type EditPlanInput = z.input<typeof editPlanInput>;

/** The clinician's changes saved as a new version; the edited one is superseded. */
export async function editPlan(
  ctx: AuthedContext,
  input: z.output<typeof editPlanInput>,
): Promise<PlanView> {
  const org = ctx.viewer.organizationId;
  const [row] = await ctx.db
    .select()
    .from(plans)
    .where(and(eq(plans.organizationId, org), eq(plans.id, input.planId)));
  if (!row) throw notFound('That plan');
  const patientId = await resolvePatientId(ctx, row.patientId);
  if (row.status !== 'active')
    throw new DomainError(
      'CONFLICT',
      'This plan has been changed since you opened it. Reload to see the current version.',
    );
  const { planId: _planId, ...edit } = input;
  const result = applyPlanEdit(planSchema.parse(row.content), edit);
  if (!result.ok) throw new DomainError('BAD_REQUEST', result.problems.join(' '));
  await ctx.db.transaction(async (tx) => {
    const saved = await savePlanVersion(ctx, tx, patientId, row.diagnosisId, result.plan);
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.edit',
      entityType: 'plan',
      entityId: saved.id,
      patientId,
      detail: {
        previous: row.id,
        version: saved.version,
        removed: input.removeKeys,
        added: input.add.map((a) => a.exerciseId),
        dosages: input.dosages.map((d) => d.key),
        followUps: saved.followUps,
      },
    });
  });
  const view = await loadPlanView(ctx.db, org, patientId, ctx.now());
  if (!view) throw new Error('edited plan vanished');
  return view;
}

import { z } from 'zod';

import type { AuthedContext } from '../context';
import type { PlanView } from './plan-view';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { loadPlanView } from './plan-view';

export const patientPlanInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();
export type PatientPlanInput = z.infer<typeof patientPlanInput>;

/** Staff: a patient's active plan (null before one is built); the read is audited. */
export async function getPatientPlan(
  ctx: AuthedContext,
  input: PatientPlanInput,
): Promise<PlanView | null> {
  const patientId = await resolvePatientId(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    const view = await loadPlanView(tx, ctx.viewer.organizationId, patientId, ctx.now());
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.read',
      entityType: 'plan',
      entityId: view?.id,
      patientId,
    });
    return view;
  });
}

/** The signed-in patient's own active plan, never anyone else's. */
export async function getMyPlan(ctx: AuthedContext): Promise<PlanView | null> {
  const patientId = await resolvePatientId(ctx, undefined);
  return loadPlanView(ctx.db, ctx.viewer.organizationId, patientId, ctx.now());
}

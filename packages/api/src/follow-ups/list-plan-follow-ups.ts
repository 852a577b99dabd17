import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { findActivePlanRow } from '../plans/plan-view';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { latestRaceDecision, raceDecisionView } from './race-decision-view';
import { followUpTitle } from './reason-targets';

const { followUpRequests, patients } = schema;

export const planFollowUpsInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();
export const planFollowUpsOutput = z.object({
  planId: z.string().nullable(),
  /** The race the go/no-go is about: the plan's, else the patient's target race. */
  raceDate: z.string().nullable(),
  goNoGoDate: z.string().nullable(),
  requests: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      dueDate: z.string(),
      status: z.enum(['pending', 'answered', 'missed', 'cancelled']),
      sentAt: z.date().nullable(),
      resentAt: z.date().nullable(),
      answeredAt: z.date().nullable(),
    }),
  ),
  decision: raceDecisionView.nullable(),
});
export type PlanFollowUps = z.infer<typeof planFollowUpsOutput>;

/** The active plan's questionnaire schedule and the latest go/no-go, for the plan page. */
export async function listPlanFollowUps(
  ctx: AuthedContext,
  input: z.infer<typeof planFollowUpsInput>,
): Promise<PlanFollowUps> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    const plan = await findActivePlanRow(tx, org, patientId);
    const [patient] = await tx
      .select({ targetRaceDate: patients.targetRaceDate })
      .from(patients)
      .where(and(eq(patients.organizationId, org), eq(patients.id, patientId)));
    const requests = plan
      ? await tx
          .select()
          .from(followUpRequests)
          .where(
            and(eq(followUpRequests.organizationId, org), eq(followUpRequests.planId, plan.id)),
          )
          .orderBy(asc(followUpRequests.dueDate))
      : [];
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.follow_ups.read',
      entityType: 'plan',
      entityId: plan?.id,
      patientId,
    });
    return {
      planId: plan?.id ?? null,
      raceDate: plan?.raceDate ?? patient?.targetRaceDate ?? null,
      goNoGoDate: plan?.goNoGoDate ?? null,
      requests: requests.map((r) => ({
        id: r.id,
        title: followUpTitle(r.reasons),
        dueDate: r.dueDate,
        status: r.status,
        sentAt: r.sentAt,
        resentAt: r.resentAt,
        answeredAt: r.answeredAt,
      })),
      decision: await latestRaceDecision(tx, org, patientId),
    };
  });
}

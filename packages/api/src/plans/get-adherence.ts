import { and, desc, eq, gte } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { addDays, adherenceByWeek, planSchema } from '@stride/treatment';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { findActivePlanRow, patientToday } from './plan-view';

const { exerciseLogs, painLogs } = schema;

export const adherenceInput = z
  .object({
    patientId: z.uuid('That is not a patient id.'),
    weeks: z.number().int().min(1).max(12).default(4),
  })
  .strict();
export type AdherenceInput = z.input<typeof adherenceInput>;

export const adherenceOutput = z
  .object({
    planId: z.string(),
    version: z.number(),
    today: z.string(),
    weeks: z.array(
      z.object({
        weekStart: z.string(),
        weekEnd: z.string(),
        prescribed: z.number(),
        done: z.number(),
        share: z.number().nullable(),
      }),
    ),
    pain: z.array(
      z.object({
        day: z.string(),
        pain: z.number(),
        distanceKm: z.number().nullable(),
        note: z.string().nullable(),
      }),
    ),
  })
  .nullable();
export type Adherence = z.infer<typeof adherenceOutput>;

/**
 * For the chart: share of prescribed exercise-days done per week against the active plan, and
 * recent pain after runs. Ticks on earlier versions count, since item keys are stable.
 */
export async function getAdherence(
  ctx: AuthedContext,
  input: z.output<typeof adherenceInput>,
): Promise<Adherence> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, input.patientId);
  const today = await patientToday(ctx.db, org, patientId, ctx.now());
  const since = addDays(today, -7 * input.weeks);
  return ctx.db.transaction(async (tx) => {
    const plan = await findActivePlanRow(tx, org, patientId);
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.adherence.read',
      entityType: 'plan',
      entityId: plan?.id,
      patientId,
    });
    if (!plan) return null;
    const ticks = await tx
      .select({ itemKey: exerciseLogs.itemKey, day: exerciseLogs.day, done: exerciseLogs.done })
      .from(exerciseLogs)
      .where(
        and(
          eq(exerciseLogs.organizationId, org),
          eq(exerciseLogs.patientId, patientId),
          gte(exerciseLogs.day, since),
        ),
      );
    const pain = await tx
      .select({
        day: painLogs.day,
        pain: painLogs.pain,
        distanceKm: painLogs.distanceKm,
        note: painLogs.note,
      })
      .from(painLogs)
      .where(
        and(
          eq(painLogs.organizationId, org),
          eq(painLogs.patientId, patientId),
          gte(painLogs.day, since),
        ),
      )
      .orderBy(desc(painLogs.day), desc(painLogs.createdAt))
      .limit(20);
    return {
      planId: plan.id,
      version: plan.version,
      today,
      weeks: adherenceByWeek(planSchema.parse(plan.content), ticks, today, input.weeks),
      pain,
    };
  });
}

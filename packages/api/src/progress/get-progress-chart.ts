import { and, eq, gte } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { addDays, adherenceByWeek, daysBetween } from '@stride/treatment';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { loadChartPlan, patientClock } from './load-chart-plan';
import { loadRuns } from './load-runs';

const { exerciseLogs } = schema;

/** A plan's weeks beyond this are older than the chart needs. */
export const CHART_MAX_WEEKS = 12;

export const progressChartInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();

export const progressChartOutput = z.object({
  today: z.string(),
  /** The patient's home location's zone, for dates on the same page. */
  timeZone: z.string(),
  plan: z.object({ id: z.string(), status: z.enum(['active', 'discharged']) }).nullable(),
  pain: z.array(
    z.object({
      day: z.string(),
      pain: z.number(),
      distanceKm: z.number().nullable(),
      painNextMorning: z.number().nullable(),
    }),
  ),
  /** Oldest first, one per 7-day window ending on the plan's last day. */
  adherence: z.array(
    z.object({
      weekStart: z.string(),
      weekEnd: z.string(),
      prescribed: z.number(),
      done: z.number(),
      share: z.number().nullable(),
    }),
  ),
});
export type ProgressChart = z.infer<typeof progressChartOutput>;

/**
 * Pain after runs and weekly exercise adherence over the current (or last discharged) plan.
 * Staff name the patient and the read is audited; a patient always gets their own.
 */
export async function getProgressChart(
  ctx: AuthedContext,
  patientIdInput: string | undefined,
): Promise<ProgressChart> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, patientIdInput);
  return ctx.db.transaction(async (tx) => {
    const clock = await patientClock(tx, org, patientId, ctx.now());
    const plan = await loadChartPlan(tx, org, patientId, clock);
    const since = plan?.content.startDate ?? addDays(clock.today, -7 * CHART_MAX_WEEKS);
    const pain = await loadRuns(tx, org, patientId, since, clock.timeZone);
    let adherence: ProgressChart['adherence'] = [];
    if (plan) {
      const ticks = await tx
        .select({ itemKey: exerciseLogs.itemKey, day: exerciseLogs.day, done: exerciseLogs.done })
        .from(exerciseLogs)
        .where(
          and(
            eq(exerciseLogs.organizationId, org),
            eq(exerciseLogs.patientId, patientId),
            gte(exerciseLogs.day, plan.content.startDate),
          ),
        );
      const days = Math.max(0, daysBetween(plan.content.startDate, plan.endDay)) + 1;
      const weeks = Math.min(CHART_MAX_WEEKS, Math.ceil(days / 7));
      adherence = adherenceByWeek(plan.content, ticks, plan.endDay, weeks).reverse();
    }
    if (ctx.viewer.role !== 'patient') {
      await emitAudit(tx, ctx.viewer, {
        action: 'patient.progress_chart.read',
        entityType: 'patient',
        entityId: patientId,
        patientId,
      });
    }
    return {
      today: clock.today,
      timeZone: clock.timeZone,
      plan: plan && { id: plan.id, status: plan.status },
      pain,
      adherence,
    };
  });
}

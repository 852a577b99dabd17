import { and, eq, inArray, ne } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { FollowUpReason } from '@stride/outcomes';
import { schema } from '@stride/db';
import { followUpSchedule } from '@stride/outcomes';
import { localDateOf } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import type { PlanDates } from './reason-targets';
import { PORTAL_INSTRUMENTS } from '../questionnaires/answer-questionnaire';
import { cancelFollowUpRequests } from './cancel-pending-follow-ups';
import { enqueueFollowUpJobs, patientZone } from './follow-up-jobs';
import { keyOf, parseReasons, reasonTarget } from './reason-targets';

const { followUpRequests, plans } = schema;

export interface NewPlanVersion extends PlanDates {
  id: string;
  patientId: string;
}

export interface ScheduleResult {
  scheduled: number;
  /** Unanswered requests of the previous version that ask the same thing, moved over as they are. */
  carried: number;
  cancelled: number;
}

/**
 * Follow-up requests for a plan version that has just become active, in the caller's transaction.
 * Earlier versions' unanswered requests move to it when they still ask the same thing (their sent
 * email, jobs and draft answers stay valid) and are cancelled with their jobs otherwise. A reason
 * already answered, missed or carried for the same target date is not asked again.
 */
export async function scheduleFollowUps(
  ctx: AuthedContext,
  tx: Database,
  plan: NewPlanVersion,
): Promise<ScheduleResult> {
  const org = ctx.viewer.organizationId;
  const zone = await patientZone(tx, org, plan.patientId);
  const today = localDateOf(ctx.now().getTime(), zone);
  const earlier = await tx
    .select({
      id: followUpRequests.id,
      key: followUpRequests.key,
      reasons: followUpRequests.reasons,
      status: followUpRequests.status,
      startDate: plans.startDate,
      raceDate: plans.raceDate,
      goNoGoDate: plans.goNoGoDate,
    })
    .from(followUpRequests)
    .innerJoin(
      plans,
      and(
        eq(plans.organizationId, followUpRequests.organizationId),
        eq(plans.id, followUpRequests.planId),
      ),
    )
    .where(
      and(
        eq(followUpRequests.organizationId, org),
        eq(followUpRequests.patientId, plan.patientId),
        ne(followUpRequests.planId, plan.id),
        inArray(followUpRequests.status, ['pending', 'answered', 'missed']),
      ),
    )
    .for('update', { of: followUpRequests });

  const covered = new Set<FollowUpReason>();
  const carried: string[] = [];
  const carriedKeys = new Set<string>();
  const stale: string[] = [];
  for (const row of earlier) {
    const reasons = parseReasons(row.reasons);
    const unchanged = reasons.filter((r) => reasonTarget(r, row) === reasonTarget(r, plan));
    if (row.status !== 'pending') {
      for (const reason of unchanged) covered.add(reason);
    } else if (unchanged.length === reasons.length && !carriedKeys.has(row.key)) {
      carried.push(row.id);
      carriedKeys.add(row.key);
      for (const reason of reasons) covered.add(reason);
    } else {
      stale.push(row.id);
    }
  }
  if (carried.length > 0) {
    await tx
      .update(followUpRequests)
      .set({ planId: plan.id })
      .where(and(eq(followUpRequests.organizationId, org), inArray(followUpRequests.id, carried)));
  }
  await cancelFollowUpRequests(tx, org, stale, ctx.now());

  const schedule = followUpSchedule({
    planStart: plan.startDate,
    today,
    ...(plan.raceDate ? { raceDate: plan.raceDate } : {}),
    ...(plan.goNoGoDate ? { goNoGoDate: plan.goNoGoDate } : {}),
  });
  let scheduled = 0;
  for (const request of schedule.requests) {
    const reasons = request.reasons.filter((r) => !covered.has(r));
    if (reasons.length === 0) continue;
    const [row] = await tx
      .insert(followUpRequests)
      .values({
        organizationId: org,
        patientId: plan.patientId,
        planId: plan.id,
        key: keyOf(reasons),
        reasons,
        instrumentIds: [...PORTAL_INSTRUMENTS],
        dueDate: request.dueDate,
      })
      .returning({ id: followUpRequests.id, dueDate: followUpRequests.dueDate });
    if (!row) throw new Error('follow-up insert returned no row');
    await enqueueFollowUpJobs(ctx, tx, { organizationId: org, ...row }, zone);
    scheduled++;
  }
  return { scheduled, carried: carried.length, cancelled: stale.length };
}

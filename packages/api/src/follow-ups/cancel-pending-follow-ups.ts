import { and, eq, inArray } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { cancelFollowUpJobs } from './follow-up-jobs';

const { followUpRequests } = schema;

/** Cancels these requests (if still unanswered) and their queued jobs. */
export async function cancelFollowUpRequests(
  tx: Database,
  organizationId: string,
  requestIds: readonly string[],
  now: Date,
): Promise<void> {
  if (requestIds.length === 0) return;
  await tx
    .update(followUpRequests)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(
      and(
        eq(followUpRequests.organizationId, organizationId),
        inArray(followUpRequests.id, [...requestIds]),
        inArray(followUpRequests.status, ['pending', 'missed']),
      ),
    );
  await cancelFollowUpJobs(tx, organizationId, requestIds);
}

/**
 * Closing a plan (cancelled or discharged): every request on it not yet answered, pending or
 * missed, is cancelled with its pg-boss jobs in the caller's transaction, so the patient gets no
 * further email or portal task and the missed-follow-up flag stops. Answered requests stay.
 * Returns the ids it cancelled.
 */
export async function cancelPendingFollowUps(
  tx: Database,
  target: { organizationId: string; planId: string; now: Date },
): Promise<string[]> {
  const open = await tx
    .select({ id: followUpRequests.id })
    .from(followUpRequests)
    .where(
      and(
        eq(followUpRequests.organizationId, target.organizationId),
        eq(followUpRequests.planId, target.planId),
        inArray(followUpRequests.status, ['pending', 'missed']),
      ),
    )
    .for('update');
  const ids = open.map((row) => row.id);
  await cancelFollowUpRequests(tx, target.organizationId, ids, target.now);
  return ids;
}

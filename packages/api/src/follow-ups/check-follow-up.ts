import { and, eq, isNull } from 'drizzle-orm';

import { schema } from '@stride/db';
import { isFollowUpMissed } from '@stride/outcomes';
import { localDateOf } from '@stride/scheduling';

import type { FollowUpJob } from '../jobs/queues';
import type { JobEnvironment } from '../jobs/send-appointment-email';
import { loadFollowUpForJob, writeFollowUpEmail } from './follow-up-email';

const { followUpRequests } = schema;

/**
 * The morning after the grace days: a request still unanswered is marked missed (the caseload
 * flag reads it) and re-sent once. Answered, cancelled or already re-sent requests, and plans no
 * longer active, are left alone, so a retried job does nothing twice.
 */
export async function checkFollowUp(
  env: JobEnvironment,
  job: FollowUpJob,
): Promise<'resent' | 'missed' | 'skipped'> {
  return env.db.transaction(async (tx) => {
    const request = await loadFollowUpForJob(tx, job.organizationId, job.requestId);
    if (!request || request.status !== 'pending' || request.planStatus !== 'active')
      return 'skipped';
    const today = localDateOf(env.now().getTime(), request.zone);
    // The same rule the caseload flag uses, so the job and the flag never disagree.
    if (!isFollowUpMissed(request, today)) return 'skipped';
    const now = env.now();
    const [claimed] = await tx
      .update(followUpRequests)
      .set({ status: 'missed', missedAt: now, resentAt: now })
      .where(
        and(
          eq(followUpRequests.organizationId, job.organizationId),
          eq(followUpRequests.id, job.requestId),
          eq(followUpRequests.status, 'pending'),
          isNull(followUpRequests.resentAt),
        ),
      )
      .returning({ id: followUpRequests.id });
    if (!claimed) return 'skipped';
    const emailed = await writeFollowUpEmail(tx, env, job.organizationId, request, 'resend');
    return emailed ? 'resent' : 'missed';
  });
}

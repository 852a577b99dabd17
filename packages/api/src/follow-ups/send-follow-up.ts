import { and, eq, isNull } from 'drizzle-orm';

import { schema } from '@stride/db';

import type { FollowUpJob } from '../jobs/queues';
import type { JobEnvironment } from '../jobs/send-appointment-email';
import { loadFollowUpForJob, writeFollowUpEmail } from './follow-up-email';

const { followUpRequests } = schema;

/**
 * On the due date: email the patient (the portal task appears by itself from the due date) and
 * record `sent_at`. A cancelled request or a plan no longer active sends nothing; a retry after
 * success finds `sent_at` set and stops.
 */
export async function sendFollowUp(
  env: JobEnvironment,
  job: FollowUpJob,
): Promise<'sent' | 'no_email' | 'skipped'> {
  return env.db.transaction(async (tx) => {
    const request = await loadFollowUpForJob(tx, job.organizationId, job.requestId);
    if (!request || request.status !== 'pending' || request.planStatus !== 'active')
      return 'skipped';
    // Claiming with a guarded update: of two concurrent runs only one gets the row.
    const [claimed] = await tx
      .update(followUpRequests)
      .set({ sentAt: env.now() })
      .where(
        and(
          eq(followUpRequests.organizationId, job.organizationId),
          eq(followUpRequests.id, job.requestId),
          eq(followUpRequests.status, 'pending'),
          isNull(followUpRequests.sentAt),
        ),
      )
      .returning({ id: followUpRequests.id });
    if (!claimed) return 'skipped';
    const emailed = await writeFollowUpEmail(tx, env, job.organizationId, request, 'first');
    return emailed ? 'sent' : 'no_email';
  });
}

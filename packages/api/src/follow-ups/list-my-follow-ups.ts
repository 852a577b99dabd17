import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { localDateOf } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { isOpen } from './find-my-follow-up';
import { patientZone } from './follow-up-jobs';
import { followUpTitle } from './reason-targets';

const { followUpRequests } = schema;

export const followUpTask = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: z.string(),
  status: z.enum(['pending', 'missed']),
  /** Some answers are already saved: the task says "continue" rather than "start". */
  started: z.boolean(),
});
export const myFollowUpsOutput = z.array(followUpTask);
export type FollowUpTask = z.infer<typeof followUpTask>;

/** The patient's open questionnaire requests (due or missed), oldest first: their portal tasks. */
export async function listMyFollowUps(ctx: AuthedContext): Promise<FollowUpTask[]> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, undefined);
  const today = localDateOf(ctx.now().getTime(), await patientZone(ctx.db, org, patientId));
  const rows = await ctx.db
    .select({
      id: followUpRequests.id,
      reasons: followUpRequests.reasons,
      dueDate: followUpRequests.dueDate,
      status: followUpRequests.status,
      draft: followUpRequests.draftAnswers,
    })
    .from(followUpRequests)
    .where(
      and(
        eq(followUpRequests.organizationId, org),
        eq(followUpRequests.patientId, patientId),
        inArray(followUpRequests.status, ['pending', 'missed']),
      ),
    )
    .orderBy(asc(followUpRequests.dueDate));
  return rows
    .filter((row) => isOpen(row, today))
    .map((row) => ({
      id: row.id,
      title: followUpTitle(row.reasons),
      dueDate: row.dueDate,
      status: row.status === 'missed' ? 'missed' : 'pending',
      started: Object.values(row.draft).some((answers) =>
        Object.values(answers).some((v) => v !== null),
      ),
    }));
}

import { z } from 'zod';

import { answersSchema } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { PORTAL_INSTRUMENTS } from '../questionnaires/answer-questionnaire';
import { findMyFollowUp } from './find-my-follow-up';
import { followUpTitle } from './reason-targets';

export const followUpRequestInput = z
  .object({ requestId: z.uuid('That is not a questionnaire link.') })
  .strict();

export const myFollowUpOutput = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: z.string(),
  status: z.enum(['pending', 'answered', 'missed', 'cancelled']),
  /** Answerable now: due (or missed) and neither answered nor cancelled. */
  open: z.boolean(),
  instrumentIds: z.array(z.enum(PORTAL_INSTRUMENTS)),
  /** Answers saved so far, by instrument then item. */
  draft: z.record(z.string(), answersSchema),
});
export type MyFollowUp = z.infer<typeof myFollowUpOutput>;

const portal = new Set<string>(PORTAL_INSTRUMENTS);

/** One of the patient's own requests, with the answers they have given so far. */
export async function getMyFollowUp(
  ctx: AuthedContext,
  input: z.infer<typeof followUpRequestInput>,
): Promise<MyFollowUp> {
  const { request, open } = await findMyFollowUp(ctx, ctx.db, input.requestId);
  return {
    id: request.id,
    title: followUpTitle(request.reasons),
    dueDate: request.dueDate,
    status: request.status,
    open,
    instrumentIds: request.instrumentIds.filter((id): id is (typeof PORTAL_INSTRUMENTS)[number] =>
      portal.has(id),
    ),
    draft: request.draftAnswers,
  };
}

import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { answersSchema, getInstrument } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { PORTAL_INSTRUMENTS } from '../questionnaires/answer-questionnaire';
import { findMyFollowUp } from './find-my-follow-up';

const { followUpRequests } = schema;

export const saveFollowUpDraftInput = z
  .object({
    requestId: z.uuid('That is not a questionnaire link.'),
    instrumentId: z.enum(PORTAL_INSTRUMENTS, 'Choose a questionnaire.'),
    answers: answersSchema,
  })
  .strict();
export const savedDraftOutput = z.object({ savedAt: z.date() });

/** Refuses what could never be a valid answer; leaving items empty is fine in a draft. */
function draftProblems(instrumentId: string, answers: Record<string, number | null>): string[] {
  const instrument = getInstrument(instrumentId as (typeof PORTAL_INSTRUMENTS)[number]);
  return Object.entries(answers).flatMap(([itemId, value]) => {
    const item = instrument.items.find((i) => i.id === itemId);
    if (!item) return [`${instrument.name} has no question "${itemId}".`];
    if (value === null) return [];
    if (!Number.isInteger(value) || value < item.scale.min || value > item.scale.max)
      return [
        `Answer "${item.prompt ?? itemId}" with a whole number from ${item.scale.min} to ${item.scale.max}.`,
      ];
    return [];
  });
}

/**
 * Autosave: one instrument's answers so far replace that instrument's part of the draft, merged
 * in SQL so a save for the other instrument at the same moment is not lost.
 */
export async function saveFollowUpDraft(
  ctx: AuthedContext,
  input: z.infer<typeof saveFollowUpDraftInput>,
): Promise<z.infer<typeof savedDraftOutput>> {
  return ctx.db.transaction(async (tx) => {
    const { request, patientId, open } = await findMyFollowUp(ctx, tx, input.requestId, true);
    if (!open)
      throw new DomainError(
        'CONFLICT',
        request.status === 'answered'
          ? 'You have already sent these answers. Thank you.'
          : 'This questionnaire is not open for answers.',
      );
    if (!request.instrumentIds.includes(input.instrumentId))
      throw new DomainError('BAD_REQUEST', 'That questionnaire is not part of this check-in.');
    const problems = draftProblems(input.instrumentId, input.answers);
    if (problems.length > 0) throw new DomainError('BAD_REQUEST', problems.join(' '));
    const patch = JSON.stringify({ [input.instrumentId]: input.answers });
    await tx
      .update(followUpRequests)
      .set({ draftAnswers: sql`${followUpRequests.draftAnswers} || ${patch}::jsonb` })
      .where(
        and(
          eq(followUpRequests.organizationId, ctx.viewer.organizationId),
          eq(followUpRequests.id, request.id),
        ),
      );
    await emitAudit(tx, ctx.viewer, {
      action: 'follow_up.draft',
      entityType: 'follow_up_request',
      entityId: request.id,
      patientId,
      detail: { instrument: input.instrumentId },
    });
    return { savedAt: ctx.now() };
  });
}

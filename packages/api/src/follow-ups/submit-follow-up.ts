import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Score } from '@stride/outcomes';
import { schema } from '@stride/db';
import { answersSchema, getInstrument, scoreResponse } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { PORTAL_INSTRUMENTS } from '../questionnaires/answer-questionnaire';
import { findMyFollowUp } from './find-my-follow-up';

const { followUpRequests, questionnaireResponses } = schema;

export const submitFollowUpInput = z
  .object({
    requestId: z.uuid('That is not a questionnaire link.'),
    /** Every instrument of the request, answered in full. */
    answers: z.partialRecord(z.enum(PORTAL_INSTRUMENTS), answersSchema),
  })
  .strict();
export const submittedFollowUpOutput = z.object({
  scores: z.array(z.object({ instrumentId: z.string(), name: z.string(), score: z.number() })),
});

/**
 * Scores every instrument of the request on the server, stores each response linked to the
 * request and marks it answered, in one transaction: all of it or none of it.
 */
export async function submitFollowUp(
  ctx: AuthedContext,
  input: z.infer<typeof submitFollowUpInput>,
): Promise<z.infer<typeof submittedFollowUpOutput>> {
  const org = ctx.viewer.organizationId;
  return ctx.db.transaction(async (tx) => {
    const { request, patientId, open } = await findMyFollowUp(ctx, tx, input.requestId, true);
    if (request.status === 'answered')
      throw new DomainError('CONFLICT', 'You have already sent these answers. Thank you.');
    if (!open) throw new DomainError('CONFLICT', 'This questionnaire is not open for answers.');
    const scored: { id: (typeof PORTAL_INSTRUMENTS)[number]; score: Score }[] = [];
    const problems: string[] = [];
    for (const id of request.instrumentIds) {
      const instrumentId = z.enum(PORTAL_INSTRUMENTS).parse(id);
      const instrument = getInstrument(instrumentId);
      const result = scoreResponse(instrument, input.answers[instrumentId] ?? {});
      if (result.ok) scored.push({ id: instrumentId, score: result.score });
      else problems.push(`${instrument.name}: ${result.errors.map((e) => e.message).join(' ')}`);
    }
    if (problems.length > 0) throw new DomainError('BAD_REQUEST', problems.join(' '));
    const now = ctx.now();
    for (const { id, score } of scored) {
      await tx.insert(questionnaireResponses).values({
        organizationId: org,
        patientId,
        instrumentId: id,
        instrumentVersion: score.instrumentVersion,
        answers: input.answers[id] ?? {},
        score: score.value,
        subscores: score.subscores,
        answeredAt: now,
        followUpRequestId: request.id,
      });
    }
    await tx
      .update(followUpRequests)
      .set({ status: 'answered', answeredAt: now })
      .where(and(eq(followUpRequests.organizationId, org), eq(followUpRequests.id, request.id)));
    await emitAudit(tx, ctx.viewer, {
      action: 'follow_up.answer',
      entityType: 'follow_up_request',
      entityId: request.id,
      patientId,
      detail: { scores: scored.map((s) => ({ instrument: s.id, score: s.score.value })) },
    });
    return {
      scores: scored.map((s) => ({
        instrumentId: s.id,
        name: getInstrument(s.id).name,
        score: s.score.value,
      })),
    };
  });
}

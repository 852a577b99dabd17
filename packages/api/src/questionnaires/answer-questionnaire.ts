import { z } from 'zod';

import { schema } from '@stride/db';
import { answersSchema, instrumentIdSchema, scoreResponse } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { loadOfferedInstruments } from '../instrument-texts/load-offered-instruments';
import { resolvePatientId } from '../scheduling/resolve-patient';

/**
 * Instruments every clinic can offer at once: ours, whose wording we may ship. Licensed ones join
 * per organisation once their texts are complete (`loadOfferedInstruments`).
 */
export const PORTAL_INSTRUMENTS = ['nprs', 'running_function'] as const;

export const answerQuestionnaireInput = z
  .object({
    /** Licensed instruments are accepted only once the clinic has pasted their wording. */
    instrumentId: instrumentIdSchema,
    answers: answersSchema,
  })
  .strict();

export const answeredOutput = z.object({
  id: z.string(),
  score: z.number(),
  instrumentVersion: z.string(),
});

/** Scores the answers on the server (never trusting a client score) and stores both. */
export async function answerQuestionnaire(
  ctx: AuthedContext,
  input: z.infer<typeof answerQuestionnaireInput>,
): Promise<z.infer<typeof answeredOutput>> {
  const patientId = await resolvePatientId(ctx, undefined);
  const offered = await loadOfferedInstruments(ctx.db, ctx.viewer.organizationId);
  const instrument = offered.find((candidate) => candidate.id === input.instrumentId);
  if (!instrument) {
    throw new DomainError('BAD_REQUEST', 'Your clinic does not offer this questionnaire yet.');
  }
  const result = scoreResponse(instrument, input.answers);
  if (!result.ok)
    throw new DomainError('BAD_REQUEST', result.errors.map((e) => e.message).join(' '));
  const { score } = result;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.questionnaireResponses)
      .values({
        organizationId: ctx.viewer.organizationId,
        patientId,
        instrumentId: instrument.id,
        instrumentVersion: score.instrumentVersion,
        answers: input.answers,
        score: score.value,
        subscores: score.subscores,
        answeredAt: ctx.now(),
      })
      .returning({ id: schema.questionnaireResponses.id });
    if (!row) throw new Error('response insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: 'questionnaire.answer',
      entityType: 'questionnaire_response',
      entityId: row.id,
      patientId,
      detail: { instrument: instrument.id, score: score.value },
    });
    return { id: row.id, score: score.value, instrumentVersion: score.instrumentVersion };
  });
}

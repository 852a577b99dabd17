import { z } from 'zod';

import { schema } from '@stride/db';
import { answersSchema, getInstrument, scoreResponse } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';

/** Instruments a patient answers in the portal: ours, whose wording we may ship. */
export const PORTAL_INSTRUMENTS = ['nprs', 'running_function'] as const;

export const answerQuestionnaireInput = z
  .object({
    instrumentId: z.enum(PORTAL_INSTRUMENTS, 'Choose a questionnaire.'),
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
  const instrument = getInstrument(input.instrumentId);
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

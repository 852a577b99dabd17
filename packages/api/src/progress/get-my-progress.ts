import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { InstrumentId } from '@stride/outcomes';
import { schema } from '@stride/db';
import {
  getInstrument,
  INSTRUMENT_IDS,
  progressLineSchema,
  summarizeProgress,
} from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { latestDischarge } from './load-discharge-subject';

const { questionnaireResponses } = schema;

export const myProgressOutput = z.object({
  instruments: z.array(
    z.object({ instrumentId: z.string(), name: z.string(), lines: z.array(progressLineSchema) }),
  ),
  discharge: z
    .object({ dischargedAt: z.date(), dischargedBy: z.string(), summary: z.string() })
    .nullable(),
});
export type MyProgress = z.infer<typeof myProgressOutput>;

/**
 * The patient's own progress in plain words: each instrument's first answer against the latest
 * (outcomes' `summarizeProgress`), and the discharge summary once discharged. The clinician's
 * note is not part of it.
 */
export async function getMyProgress(ctx: AuthedContext): Promise<MyProgress> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, undefined);
  const rows = await ctx.db
    .select({
      instrumentId: questionnaireResponses.instrumentId,
      value: questionnaireResponses.score,
      subscores: questionnaireResponses.subscores,
    })
    .from(questionnaireResponses)
    .where(
      and(
        eq(questionnaireResponses.organizationId, org),
        eq(questionnaireResponses.patientId, patientId),
      ),
    )
    .orderBy(asc(questionnaireResponses.answeredAt));
  const known = new Set<string>(INSTRUMENT_IDS);
  const ids = [...new Set(rows.map((r) => r.instrumentId))].filter((id): id is InstrumentId =>
    known.has(id),
  );
  const instruments = ids.flatMap((id) => {
    const answers = rows.filter((r) => r.instrumentId === id);
    const first = answers[0];
    const last = answers.at(-1);
    if (!first || !last || answers.length < 2) return [];
    const instrument = getInstrument(id);
    return [
      {
        instrumentId: id,
        name: instrument.name,
        lines: summarizeProgress(instrument, first, last),
      },
    ];
  });
  const discharge = await latestDischarge(ctx.db, org, patientId);
  return {
    instruments,
    discharge: discharge && {
      dischargedAt: discharge.dischargedAt,
      dischargedBy: discharge.dischargedBy,
      summary: discharge.patientSummary,
    },
  };
}

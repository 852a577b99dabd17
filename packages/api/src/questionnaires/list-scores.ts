import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { InstrumentId } from '@stride/outcomes';
import { schema } from '@stride/db';
import { classifyChange, getInstrument, INSTRUMENT_IDS } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { questionnaireResponses } = schema;

export const scoreSeriesOutput = z.array(
  z.object({
    instrumentId: z.string(),
    name: z.string(),
    direction: z.enum(['higher_is_better', 'higher_is_worse']),
    range: z.object({ min: z.number(), max: z.number() }),
    mcid: z.number().nullable(),
    points: z.array(z.object({ at: z.date(), score: z.number() })),
    /** Latest against the first (baseline): improved / worsened / within MCID. */
    change: z.object({ status: z.string(), change: z.number() }).nullable(),
  }),
);
export type ScoreSeries = z.infer<typeof scoreSeriesOutput>;

/** Each instrument's scores over time with the change from baseline judged against its MCID. */
export async function listScores(
  ctx: AuthedContext,
  patientIdInput: string | undefined,
): Promise<ScoreSeries> {
  const patientId = await resolvePatientId(ctx, patientIdInput);
  const rows = await ctx.db
    .select({
      instrumentId: questionnaireResponses.instrumentId,
      score: questionnaireResponses.score,
      at: questionnaireResponses.answeredAt,
    })
    .from(questionnaireResponses)
    .where(
      and(
        eq(questionnaireResponses.organizationId, ctx.viewer.organizationId),
        eq(questionnaireResponses.patientId, patientId),
      ),
    )
    .orderBy(asc(questionnaireResponses.answeredAt));
  if (ctx.viewer.role !== 'patient') {
    await emitAudit(ctx.db, ctx.viewer, {
      action: 'patient.scores.read',
      entityType: 'patient',
      entityId: patientId,
      patientId,
    });
  }
  const known = new Set<string>(INSTRUMENT_IDS);
  const ids = [...new Set(rows.map((r) => r.instrumentId))].filter((id): id is InstrumentId =>
    known.has(id),
  );
  return ids.map((id) => {
    const instrument = getInstrument(id);
    const points = rows
      .filter((r) => r.instrumentId === id)
      .map((r) => ({ at: r.at, score: r.score }));
    const first = points[0];
    const last = points.at(-1);
    const change =
      first && last && points.length > 1
        ? classifyChange(instrument, first.score, last.score)
        : null;
    return {
      instrumentId: id,
      name: instrument.name,
      direction: instrument.direction,
      range: instrument.range,
      mcid: instrument.mcid?.value ?? null,
      points,
      change: change ? { status: change.status, change: change.change } : null,
    };
  });
}

import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import type { DischargeEvaluation, RunLog } from '@stride/outcomes';
import { schema } from '@stride/db';
import { dischargeEvaluationSchema, evaluateDischarge } from '@stride/outcomes';
import { addDays } from '@stride/treatment';

import type { GaitRow } from './compare-sessions';
import type { Run } from './load-runs';
import { inTurn } from '../in-turn';
import { compareSessions } from './compare-sessions';
import { loadGaitSessions } from './load-gait-sessions';
import { loadRuns } from './load-runs';

const { patients, questionnaireResponses } = schema;

/** research.md §5.3 names pelvic drop as the example deficit; hip and overstride follow. */
const DEFICIT_PRIORITY = ['contralateral_pelvic_drop', 'peak_hip_adduction', 'tibia_inclination'];

export const dischargeFactsSchema = z.object({
  primary: z.object({ baseline: z.number(), current: z.number() }).nullable(),
  preInjuryWeeklyKm: z.number().nullable(),
  runsLastWeek: z.array(
    z.object({ day: z.string(), pain: z.number(), distanceKm: z.number().nullable() }),
  ),
  keyDeficit: z
    .object({
      key: z.string(),
      name: z.string(),
      side: z.string(),
      baseline: z.number(),
      retest: z.number(),
    })
    .nullable(),
  deficitOptions: z.array(z.object({ key: z.string(), label: z.string() })),
});
export type DischargeFacts = z.infer<typeof dischargeFactsSchema>;
export const planDischargeSchema = z.object({
  evaluation: dischargeEvaluationSchema,
  facts: dischargeFactsSchema,
});

const deficitKey = (row: GaitRow): string => `${row.metric}:${row.side}`;

function toRunLog(run: Run): RunLog {
  return {
    date: run.day,
    volume: run.distanceKm ?? 0,
    painDuring: run.pain,
    ...(run.painNextMorning === null ? {} : { painNextMorning: run.painNextMorning }),
  };
}

/**
 * Gathers what outcomes' `evaluateDischarge` needs from the record: NPRS usual pain first vs
 * latest, the last 7 days of logged runs against the weekly distance on the patient record,
 * and the chosen key gait deficit from baseline vs re-test. Missing data becomes a criterion
 * that cannot be judged (met = null) with the reason, never a guess.
 */
export async function evaluatePlanDischarge(
  db: Database,
  org: string,
  patient: { id: string; side: string; today: string; timeZone: string },
  chosenDeficit: string | undefined,
): Promise<{ evaluation: DischargeEvaluation; facts: DischargeFacts }> {
  const [scores, [record], sessions, runs] = await inTurn(
    () =>
      db
        .select({ score: questionnaireResponses.score })
        .from(questionnaireResponses)
        .where(
          and(
            eq(questionnaireResponses.organizationId, org),
            eq(questionnaireResponses.patientId, patient.id),
            eq(questionnaireResponses.instrumentId, 'nprs'),
          ),
        )
        .orderBy(asc(questionnaireResponses.answeredAt)),
    () =>
      db
        .select({ weeklyDistanceKm: patients.weeklyDistanceKm })
        .from(patients)
        .where(and(eq(patients.organizationId, org), eq(patients.id, patient.id))),
    () => loadGaitSessions(db, org, patient.id),
    () => loadRuns(db, org, patient.id, addDays(patient.today, -6), patient.timeZone),
  );
  const first = scores[0]?.score;
  const last = scores.at(-1)?.score;
  const primary =
    first !== undefined && last !== undefined ? { baseline: first, current: last } : null;
  const preInjury = record?.weeklyDistanceKm ?? null;
  const rows = sessions.baseline ? compareSessions(sessions.baseline, sessions.retest) : [];
  const options = rows
    .filter((r) => r.retest !== null && r.sdd !== null && DEFICIT_PRIORITY.includes(r.metric))
    .sort(
      (a, b) =>
        Number(b.side === patient.side) - Number(a.side === patient.side) ||
        DEFICIT_PRIORITY.indexOf(a.metric) - DEFICIT_PRIORITY.indexOf(b.metric),
    );
  const deficit = options.find((r) => deficitKey(r) === chosenDeficit) ?? options[0];
  const evaluation = evaluateDischarge({
    today: patient.today,
    primary: {
      instrumentId: 'nprs',
      baseline: primary?.baseline ?? 0,
      current: primary?.current ?? 0,
    },
    running: { preInjuryWeeklyVolume: preInjury ?? 1, unit: 'km', runs: runs.map(toRunLog) },
    ...(deficit && deficit.retest !== null
      ? {
          keyDeficit: {
            kind: 'gait' as const,
            metric: deficit.metric,
            baseline: deficit.baseline,
            retest: deficit.retest,
          },
        }
      : {}),
  });
  // The pure rule needs numbers; where the record has none, say so instead of its verdict.
  const criteria = evaluation.criteria.map((c) => {
    if (c.id === 'mcid_reached' && primary === null)
      return { ...c, met: null, explanation: 'No pain ratings (NPRS) answered yet.' };
    if (c.id === 'running_volume' && preInjury === null)
      return {
        ...c,
        met: null,
        explanation: 'No pre-injury weekly distance on the patient record.',
      };
    if (c.id === 'key_deficit_resolved' && !deficit)
      return {
        ...c,
        met: null,
        explanation: sessions.retest
          ? 'The re-test has no gait metric with a published SDD to judge.'
          : 'No gait re-test yet: book one to judge the key deficit.',
      };
    return c;
  });
  return {
    evaluation: { ...evaluation, criteria, allMet: criteria.every((c) => c.met === true) },
    facts: {
      primary,
      preInjuryWeeklyKm: preInjury,
      runsLastWeek: runs.map(({ day, pain, distanceKm }) => ({ day, pain, distanceKm })),
      keyDeficit:
        deficit && deficit.retest !== null
          ? {
              key: deficitKey(deficit),
              name: deficit.name,
              side: deficit.side,
              baseline: deficit.baseline,
              retest: deficit.retest,
            }
          : null,
      deficitOptions: options.map((r) => ({ key: deficitKey(r), label: `${r.name} (${r.side})` })),
    },
  };
}

import type { CaseloadPatient } from '../caseload-schemas';
import type { CaseloadFlag } from './flag-schema';
import { INSTRUMENTS } from '../instrument-catalog';
import { instrumentProgress, planDay } from './primary-progress';

/** Plan day on which week 6 starts: "no change beyond MCID by week 6". */
export const NOT_IMPROVING_FROM_DAY = 42;

/**
 * From day 42 of the plan, the primary instrument's latest score is within the MCID of
 * baseline, or nothing has been scored since baseline. A worsened score raises `worsening`
 * instead, and an improved one clears this flag.
 */
export function notImprovingFlag(patient: CaseloadPatient, today: string): CaseloadFlag | null {
  const day = planDay(patient, today);
  if (day < NOT_IMPROVING_FROM_DAY) return null;
  const instrument = INSTRUMENTS[patient.primaryInstrumentId];
  if (instrument.mcid === null) return null;
  const progress = instrumentProgress(patient, patient.primaryInstrumentId);
  const status = progress?.classification?.status ?? null;
  if (status === 'improved' || status === 'worsened') return null;
  const week = Math.floor(day / 7);
  const message =
    progress?.latest == null
      ? `Week ${week} and no ${instrument.name} score since baseline: send the questionnaire and review the plan.`
      : `Week ${week} and ${instrument.name} has moved ${progress.classification?.improvement ?? 0} points, short of the ${instrument.mcid.value}-point MCID: review the plan.`;
  return {
    id: 'not_improving',
    severity: 'medium',
    message,
    evidence: {
      planDay: day,
      instrumentId: instrument.id,
      baseline: progress?.baseline.value ?? null,
      baselineDate: progress?.baseline.date ?? null,
      latest: progress?.latest?.value ?? null,
      latestDate: progress?.latest?.date ?? null,
      mcid: instrument.mcid.value,
    },
  };
}

import type { CaseloadPatient, DatedScore } from '../caseload-schemas';
import type { ChangeClassification } from '../classify-change';
import { classifyChange } from '../classify-change';
import { daysBetween } from '../dates';
import { INSTRUMENTS } from '../instrument-catalog';

export interface InstrumentProgress {
  readonly instrumentId: DatedScore['instrumentId'];
  readonly baseline: DatedScore;
  /** Null when nothing has been scored since the baseline. */
  readonly latest: DatedScore | null;
  readonly classification: ChangeClassification | null;
}

/** Baseline is the first score, latest the last, by date: the chart's MCID band is from baseline. */
export function instrumentProgress(
  patient: CaseloadPatient,
  instrumentId: DatedScore['instrumentId'],
): InstrumentProgress | null {
  const scores = patient.scores
    .filter((score) => score.instrumentId === instrumentId)
    .sort((a, b) => daysBetween(b.date, a.date));
  const baseline = scores[0];
  if (baseline === undefined) return null;
  const last = scores.at(-1);
  const latest = last === undefined || scores.length < 2 ? null : last;
  return {
    instrumentId,
    baseline,
    latest,
    classification:
      latest === null
        ? null
        : classifyChange(INSTRUMENTS[instrumentId], baseline.value, latest.value),
  };
}

/** Plan day number of `today` (0 on the start day); week 6 starts on day 42. */
export function planDay(patient: CaseloadPatient, today: string): number {
  return daysBetween(patient.planStart, today);
}

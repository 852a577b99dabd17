import type { CaseloadPatient } from '../caseload-schemas';
import { addDays, daysBetween } from '../dates';
import { NPRS } from '../instruments/nprs';

/** Two weeks at each end: long enough to average out one bad run. */
export const PAIN_TREND_WINDOW_DAYS = 14;
const MIN_LOGS_PER_WINDOW = 2;

export interface PainTrend {
  readonly earlyMean: number;
  readonly recentMean: number;
  readonly rise: number;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Mean pain during runs in the plan's first 14 days vs the 14 days ending today. Null when the
 * windows overlap or either holds fewer than two runs, since one run is not a trend.
 */
export function painTrend(patient: CaseloadPatient, today: string): PainTrend | null {
  const earlyEnd = addDays(patient.planStart, PAIN_TREND_WINDOW_DAYS - 1);
  const recentStart = addDays(today, -(PAIN_TREND_WINDOW_DAYS - 1));
  if (daysBetween(earlyEnd, recentStart) <= 0) return null;
  const inRange = (date: string, from: string, to: string): boolean =>
    daysBetween(from, date) >= 0 && daysBetween(date, to) >= 0;
  const early = patient.painLogs.filter((log) => inRange(log.date, patient.planStart, earlyEnd));
  const recent = patient.painLogs.filter((log) => inRange(log.date, recentStart, today));
  if (early.length < MIN_LOGS_PER_WINDOW || recent.length < MIN_LOGS_PER_WINDOW) return null;
  const earlyMean = mean(early.map((log) => log.painDuring));
  const recentMean = mean(recent.map((log) => log.painDuring));
  return { earlyMean, recentMean, rise: Math.round((recentMean - earlyMean) * 100) / 100 };
}

/** Run pain has risen by at least the NPRS MCID, the same bar as the questionnaire. */
export function isPainTrendWorse(trend: PainTrend | null): trend is PainTrend {
  return trend !== null && NPRS.mcid !== null && trend.rise >= NPRS.mcid.value;
}

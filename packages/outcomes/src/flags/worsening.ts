import type { CaseloadPatient } from '../caseload-schemas';
import type { CaseloadFlag } from './flag-schema';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../instrument-catalog';
import { isPainTrendWorse, painTrend } from './pain-trend';
import { instrumentProgress } from './primary-progress';

/**
 * Any instrument with an MCID whose latest score is worse than baseline by at least the MCID,
 * or run pain (pain log) that has risen by at least the NPRS MCID since the plan's first weeks.
 */
export function worseningFlag(patient: CaseloadPatient, today: string): CaseloadFlag | null {
  const worse = INSTRUMENT_IDS.flatMap((id) => {
    const progress = instrumentProgress(patient, id);
    const latest = progress?.latest ?? null;
    return progress?.classification?.status === 'worsened' && latest !== null
      ? [{ id, baseline: progress.baseline, latest }]
      : [];
  });
  const trend = painTrend(patient, today);
  const painWorse = isPainTrendWorse(trend);
  if (worse.length === 0 && !painWorse) return null;
  const parts = worse.map(
    (entry) =>
      `${INSTRUMENTS[entry.id].name} ${entry.baseline.value} → ${entry.latest.value} since ${entry.baseline.date}`,
  );
  if (painWorse) {
    parts.push(`run pain ${trend.earlyMean.toFixed(1)} → ${trend.recentMean.toFixed(1)}/10`);
  }
  return {
    id: 'worsening',
    severity: 'high',
    message: `Worse beyond the MCID (${parts.join('; ')}): contact the patient and review load and diagnosis.`,
    evidence: {
      instrumentIds: worse.map((entry) => entry.id),
      scores: worse.map(
        (entry) =>
          `${entry.id}: ${entry.baseline.value} (${entry.baseline.date}) → ${entry.latest.value} (${entry.latest.date})`,
      ),
      runPainRise: painWorse ? trend.rise : null,
    },
  };
}

import type { DischargeEvaluation } from '@stride/outcomes';
import { MAX_PAIN_DURING } from '@stride/outcomes';

import type { DischargeFacts } from './evaluate-plan-discharge';

const metOf = (evaluation: DischargeEvaluation, id: string): boolean | null =>
  evaluation.criteria.find((c) => c.id === id)?.met ?? null;

const km = (value: number): string => `${Math.round(value * 10) / 10} km`;

/**
 * What the patient reads in the portal once discharged: the same criteria the clinician saw,
 * in plain words, without MCID or SDD jargon, and how to keep running safely.
 */
export function dischargeSummary(evaluation: DischargeEvaluation, facts: DischargeFacts): string {
  const lines = ['You have finished your treatment plan.'];
  const pain = facts.primary;
  if (pain) {
    lines.push(
      metOf(evaluation, 'mcid_reached') === true
        ? `Your usual knee pain went from ${pain.baseline} to ${pain.current} out of 10: a real improvement.`
        : `Your usual knee pain went from ${pain.baseline} to ${pain.current} out of 10.`,
    );
  }
  if (facts.preInjuryWeeklyKm !== null) {
    const done = facts.runsLastWeek.reduce((sum, run) => sum + (run.distanceKm ?? 0), 0);
    const usual = km(facts.preInjuryWeeklyKm);
    const met = metOf(evaluation, 'running_volume');
    lines.push(
      met === true
        ? `You ran ${km(done)} in your last week, back to your usual ${usual}, and your knee stayed within the pain rule.`
        : done >= facts.preInjuryWeeklyKm && met === null
          ? `You ran ${km(done)} in your last week, as much as your usual ${usual}. Keep noting how your knee feels the morning after each run.`
          : `You ran ${km(done)} in your last week; your usual was ${usual}. Build back up gradually, as your clinician explained.`,
    );
  }
  const deficit = facts.keyDeficit;
  if (deficit) {
    const what = `${deficit.name.toLowerCase()}${deficit.side === 'both' ? '' : ` on your ${deficit.side} side`}`;
    lines.push(
      metOf(evaluation, 'key_deficit_resolved') === true
        ? `Your running form improved: your ${what} changed from ${deficit.baseline} to ${deficit.retest}, more than the test can vary by chance.`
        : `Your ${what} went from ${deficit.baseline} to ${deficit.retest}; keep up the exercises that work on it.`,
    );
  }
  lines.push(
    `When you run, keep to the pain rule: no more than ${MAX_PAIN_DURING} out of 10 during a run, and back to normal by the next morning. If the pain comes back, book an appointment.`,
  );
  return lines.join(' ');
}

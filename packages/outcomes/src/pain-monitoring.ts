import type { RunLog } from './discharge-schemas';

/** Pain-monitoring model (research.md §5.1): pain during activity may reach 5/10, no more. */
export const MAX_PAIN_DURING = 5;

export type PainRuleResult = 'within' | 'breached' | 'unknown';

/**
 * A run is within the rule if pain stayed ≤ 5/10 and was back to the pre-run level by the next
 * morning. Without a next-morning report the run cannot be judged yet.
 */
export function checkPainRule(run: RunLog): PainRuleResult {
  if (run.painDuring > MAX_PAIN_DURING) return 'breached';
  if (run.painNextMorning === undefined) return 'unknown';
  return run.painNextMorning <= (run.painBefore ?? 0) ? 'within' : 'breached';
}

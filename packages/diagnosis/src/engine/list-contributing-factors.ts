import type { StrideCase } from '@stride/exam-schema';

import { crosses, thresholds } from '../likelihoods/thresholds';

/**
 * Mechanics the plan should address (method.md: the foot, ankle and hip direct the load),
 * from gait, strength, mobility and training load, in a fixed order.
 */
export function listContributingFactors(input: StrideCase): string[] {
  const factors: string[] = [];
  for (const threshold of thresholds) {
    if (threshold.factor === undefined) continue;
    const value = threshold.read(input);
    if (value !== undefined && crosses(threshold, value)) factors.push(threshold.factor);
  }
  const valgus = input.gait?.dynamicKneeValgus;
  if (valgus === 'mild' || valgus === 'marked') factors.push(`dynamic knee valgus (${valgus})`);
  if (input.gait?.crossoverGait === true) factors.push('crossover gait');
  if (input.exam?.neuro?.quadricepsWeakness === true && !factors.includes('quadriceps weakness')) {
    factors.push('quadriceps weakness');
  }
  return factors;
}

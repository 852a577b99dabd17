import type { ConditionId, OrgPriors, OrgPriorTable, OrgPriorValue } from '@stride/exam-schema';
import { conditionIds, isSexSpecific, orgPriorSexes } from '@stride/exam-schema';

/** Which table a change is in: one sex's, or `any` for a sex-neutral profile. */
export const priorChangeSexes = [...orgPriorSexes, 'any'] as const;
export type PriorChangeSex = (typeof priorChangeSexes)[number];

export interface PriorChange {
  readonly condition: ConditionId;
  readonly sex: PriorChangeSex;
  readonly before: OrgPriorValue | null;
  readonly after: OrgPriorValue;
}

/** A neutral table stands for every sex, so it compares with either sex's table. */
const tableFor = (priors: OrgPriors, sex: PriorChangeSex): OrgPriorTable =>
  isSexSpecific(priors) ? priors[sex === 'male' ? 'male' : 'female'] : priors;

/**
 * What one version changed against the one before it (all values for the first version), in
 * vocabulary order, female before male within a condition. If either version is sex-specific
 * the comparison is per sex, so the history says whose value moved.
 */
export function diffPriors(before: OrgPriors | null, after: OrgPriors): PriorChange[] {
  const perSex = isSexSpecific(after) || (before !== null && isSexSpecific(before));
  const sexes: readonly PriorChangeSex[] = perSex ? orgPriorSexes : ['any'];
  const changes: PriorChange[] = [];
  for (const condition of conditionIds)
    for (const sex of sexes) {
      const was = before === null ? null : tableFor(before, sex)[condition];
      const now = tableFor(after, sex)[condition];
      if (was && was.value === now.value && was.citation === now.citation) continue;
      changes.push({ condition, sex, before: was, after: now });
    }
  return changes;
}

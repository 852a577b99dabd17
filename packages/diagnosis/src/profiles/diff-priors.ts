import type { ConditionId, OrgPriors, OrgPriorValue } from '@stride/exam-schema';
import { conditionIds } from '@stride/exam-schema';

export interface PriorChange {
  readonly condition: ConditionId;
  readonly before: OrgPriorValue | null;
  readonly after: OrgPriorValue;
}

/** What one version changed against the one before it (all values for the first version). */
export function diffPriors(before: OrgPriors | null, after: OrgPriors): PriorChange[] {
  const changes: PriorChange[] = [];
  for (const condition of conditionIds) {
    const was = before?.[condition] ?? null;
    const now = after[condition];
    if (was && was.value === now.value && was.citation === now.citation) continue;
    changes.push({ condition, before: was, after: now });
  }
  return changes;
}

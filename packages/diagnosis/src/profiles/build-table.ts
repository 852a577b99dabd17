import type { ConditionId, PriorProvenance, PriorTable } from '@stride/exam-schema';
import { conditionIds } from '@stride/exam-schema';

/** Wraps plain numbers into a prior table where every value carries the same provenance. */
export function buildTable(
  values: Readonly<Record<ConditionId, number>>,
  provenance: PriorProvenance,
): PriorTable {
  const table = {} as Record<ConditionId, PriorTable[ConditionId]>;
  for (const id of conditionIds) table[id] = { probability: values[id], provenance };
  return table;
}

/** Per-condition mean of two columns (priors.md: `other`/unknown sex in clinic-method). */
export function meanOf(
  a: Readonly<Record<ConditionId, number>>,
  b: Readonly<Record<ConditionId, number>>,
): Record<ConditionId, number> {
  const out = {} as Record<ConditionId, number>;
  for (const id of conditionIds) out[id] = (a[id] + b[id]) / 2;
  return out;
}

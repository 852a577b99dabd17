import type { ConditionId } from '@stride/exam-schema';

import type { FamilyId, Likelihood } from './likelihood';
import { expert } from './likelihood';

/** One row: the weight a finding carries for each condition it bears on, and why. */
export interface TableRow {
  readonly weights: Partial<Record<ConditionId, number>>;
  readonly why: string;
}

/** Expands an expert table (finding value -> condition -> weight) into likelihoods. */
export function fromTable(
  path: string,
  family: FamilyId,
  table: Readonly<Record<string, TableRow>>,
): Likelihood[] {
  const out: Likelihood[] = [];
  for (const [value, row] of Object.entries(table)) {
    for (const [condition, lr] of Object.entries(row.weights) as [ConditionId, number][]) {
      out.push({
        match: `${path}=${value}`,
        finding: path,
        condition,
        family,
        positive: expert(lr, row.why),
      });
    }
  }
  return out;
}

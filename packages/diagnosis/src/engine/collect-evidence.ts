import type { Evidence } from '@stride/exam-schema';

import type { CaseState } from './case-state';
import type { CompiledWeight } from './compile-likelihoods';
import type { FindingValue } from './extract-findings';
import { lowestBit } from './bits';
import { compiledWeights, FAMILY_COUNT } from './compile-likelihoods';

/**
 * Evidence order is strongest first, ties by finding path, then by value, so it never depends
 * on input order. The first two keys are fixed per weight, so they are ranked once here: equal
 * rank means equal strength and finding, and only then are values compared.
 */
function byStrengthThenFinding(x: CompiledWeight, y: CompiledWeight): number {
  if (x.strength !== y.strength) return x.strength > y.strength ? -1 : 1;
  if (x.finding !== y.finding) return x.finding < y.finding ? -1 : 1;
  return 0;
}

function rankWeights(): Int32Array {
  const sorted = [...compiledWeights].sort(byStrengthThenFinding);
  const ranks = new Int32Array(compiledWeights.length);
  let rank = 0;
  sorted.forEach((weight, i) => {
    const previous = sorted[i - 1];
    if (previous === undefined || byStrengthThenFinding(previous, weight) !== 0) rank = i;
    ranks[weight.id] = rank;
  });
  return ranks;
}
const rankOf = rankWeights();

const refs = new Int32Array(2 * FAMILY_COUNT);
const values: FindingValue[] = new Array<FindingValue>(2 * FAMILY_COUNT).fill('');

function before(a: number, b: number): boolean {
  const x = rankOf[refs[a] ?? 0] ?? 0;
  const y = rankOf[refs[b] ?? 0] ?? 0;
  if (x !== y) return x < y;
  return String(values[a]) < String(values[b]);
}

function toEvidence(weight: CompiledWeight, value: FindingValue): Evidence {
  return {
    finding: weight.finding,
    value,
    direction: weight.direction,
    weight: weight.lr,
    kind: weight.kind,
    source: weight.source,
  };
}

/** The factors that moved one condition, strongest first. */
export function collectEvidence(state: CaseState, condition: number): Evidence[] {
  let n = 0;
  const base = condition * FAMILY_COUNT;
  // Only families this case touched can hold a finding; the mask visits them in family order.
  for (let mask = state.familyMask[condition] ?? 0; mask !== 0; mask &= mask - 1) {
    const slot = base + lowestBit(mask);
    const forRef = state.forRef[slot] ?? -1;
    if (forRef >= 0) {
      refs[n] = forRef;
      values[n++] = state.forValue[slot] ?? '';
    }
    const againstRef = state.againstRef[slot] ?? -1;
    if (againstRef >= 0) {
      refs[n] = againstRef;
      values[n++] = state.againstValue[slot] ?? '';
    }
  }
  // Insertion sort: a handful of items, and no comparator closures or temporary objects.
  for (let i = 1; i < n; i++) {
    for (let j = i; j > 0 && before(j, j - 1); j--) {
      const ref = refs[j] ?? 0;
      refs[j] = refs[j - 1] ?? 0;
      refs[j - 1] = ref;
      const value = values[j] ?? '';
      values[j] = values[j - 1] ?? '';
      values[j - 1] = value;
    }
  }
  const out: Evidence[] = new Array<Evidence>(n);
  for (let i = 0; i < n; i++) {
    const weight = compiledWeights[refs[i] ?? 0];
    if (weight !== undefined) out[i] = toEvidence(weight, values[i] ?? '');
  }
  return out;
}

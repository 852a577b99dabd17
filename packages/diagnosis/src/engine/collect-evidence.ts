import type { Evidence } from '@stride/exam-schema';

import type { CaseState } from './case-state';
import type { CompiledWeight } from './compile-likelihoods';
import type { FindingValue } from './extract-findings';
import { compiledWeights, FAMILY_COUNT } from './compile-likelihoods';

const refs = new Int32Array(2 * FAMILY_COUNT);
const values: FindingValue[] = new Array<FindingValue>(2 * FAMILY_COUNT).fill('');

/** Strongest first; ties by finding path, then value, so the order never depends on input order. */
function before(a: number, b: number): boolean {
  const x = compiledWeights[refs[a] ?? 0];
  const y = compiledWeights[refs[b] ?? 0];
  if (x === undefined || y === undefined) return false;
  if (x.strength !== y.strength) return x.strength > y.strength;
  if (x.finding !== y.finding) return x.finding < y.finding;
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
  for (let slot = base; slot < base + FAMILY_COUNT; slot++) {
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

import type { FindingValue } from './extract-findings';
import { lowestBit } from './bits';
import { CONDITION_COUNT, FAMILY_COUNT } from './compile-likelihoods';

const SLOTS = CONDITION_COUNT * FAMILY_COUNT;

// Which families a condition has evidence in is kept as a 32-bit mask, so reset, likelihood and
// evidence visit only the slots a case touched instead of all of them.
if (FAMILY_COUNT > 32) throw new Error('case-state: family masks need at most 32 families');

/**
 * Per (condition, family): the strongest weight for and the strongest against, and which
 * finding gave it. One scratch instance is reused: the engine is synchronous, never re-entered.
 * Untouched slots always hold the neutral values (weight 1, log 0, ref -1).
 */
export interface CaseState {
  readonly forWeight: Float64Array;
  /** ln of forWeight / againstWeight, kept so ranking tests needs no logarithms. */
  readonly forLog: Float64Array;
  readonly againstLog: Float64Array;
  readonly forRef: Int32Array;
  readonly forValue: FindingValue[];
  readonly againstWeight: Float64Array;
  readonly againstRef: Int32Array;
  readonly againstValue: FindingValue[];
  /** Per condition: bit f set once family f's slot left its neutral values. */
  readonly familyMask: Int32Array;
  readonly regionMatched: Uint8Array;
  readonly likelihood: Float64Array;
}

export function createCaseState(): CaseState {
  return {
    forWeight: new Float64Array(SLOTS).fill(1),
    forLog: new Float64Array(SLOTS),
    againstLog: new Float64Array(SLOTS),
    forRef: new Int32Array(SLOTS).fill(-1),
    forValue: new Array<FindingValue>(SLOTS).fill(''),
    againstWeight: new Float64Array(SLOTS).fill(1),
    againstRef: new Int32Array(SLOTS).fill(-1),
    againstValue: new Array<FindingValue>(SLOTS).fill(''),
    familyMask: new Int32Array(CONDITION_COUNT),
    regionMatched: new Uint8Array(CONDITION_COUNT),
    likelihood: new Float64Array(CONDITION_COUNT),
  };
}

/** Restores the neutral values, touching only the slots the last case changed. */
export function resetCaseState(state: CaseState): void {
  const { familyMask } = state;
  for (let c = 0; c < CONDITION_COUNT; c++) {
    for (let mask = familyMask[c] ?? 0; mask !== 0; mask &= mask - 1) {
      const slot = c * FAMILY_COUNT + lowestBit(mask);
      state.forWeight[slot] = 1;
      state.forLog[slot] = 0;
      state.againstLog[slot] = 0;
      state.forRef[slot] = -1;
      state.againstWeight[slot] = 1;
      state.againstRef[slot] = -1;
    }
  }
  familyMask.fill(0);
  state.regionMatched.fill(0);
}

/**
 * Product over families of (strongest for × strongest against), per condition. Untouched
 * families contribute 1 × 1, and multiplying by exactly 1 changes nothing, so they are skipped.
 */
export function computeLikelihood(state: CaseState): Float64Array {
  const { forWeight, againstWeight, familyMask, likelihood } = state;
  for (let c = 0; c < CONDITION_COUNT; c++) {
    let product = 1;
    const base = c * FAMILY_COUNT;
    for (let mask = familyMask[c] ?? 0; mask !== 0; mask &= mask - 1) {
      const slot = base + lowestBit(mask);
      product *= (forWeight[slot] ?? 1) * (againstWeight[slot] ?? 1);
    }
    likelihood[c] = product;
  }
  return likelihood;
}

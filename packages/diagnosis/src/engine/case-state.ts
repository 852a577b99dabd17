import type { FindingValue } from './extract-findings';
import { CONDITION_COUNT, FAMILY_COUNT } from './compile-likelihoods';

const SLOTS = CONDITION_COUNT * FAMILY_COUNT;

/**
 * Per (condition, family): the strongest weight for and the strongest against, and which
 * finding gave it. One scratch instance is reused: the engine is synchronous, never re-entered.
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
  readonly regionMatched: Uint8Array;
  readonly likelihood: Float64Array;
}

export function createCaseState(): CaseState {
  return {
    forWeight: new Float64Array(SLOTS),
    forLog: new Float64Array(SLOTS),
    againstLog: new Float64Array(SLOTS),
    forRef: new Int32Array(SLOTS),
    forValue: new Array<FindingValue>(SLOTS).fill(''),
    againstWeight: new Float64Array(SLOTS),
    againstRef: new Int32Array(SLOTS),
    againstValue: new Array<FindingValue>(SLOTS).fill(''),
    regionMatched: new Uint8Array(CONDITION_COUNT),
    likelihood: new Float64Array(CONDITION_COUNT),
  };
}

export function resetCaseState(state: CaseState): void {
  state.forWeight.fill(1);
  state.forLog.fill(0);
  state.againstLog.fill(0);
  state.forRef.fill(-1);
  state.againstWeight.fill(1);
  state.againstRef.fill(-1);
  state.regionMatched.fill(0);
}

/** Product over families of (strongest for × strongest against), per condition. */
export function computeLikelihood(state: CaseState): Float64Array {
  const { forWeight, againstWeight, likelihood } = state;
  for (let c = 0; c < CONDITION_COUNT; c++) {
    let product = 1;
    const base = c * FAMILY_COUNT;
    for (let f = 0; f < FAMILY_COUNT; f++)
      product *= (forWeight[base + f] ?? 1) * (againstWeight[base + f] ?? 1);
    likelihood[c] = product;
  }
  return likelihood;
}

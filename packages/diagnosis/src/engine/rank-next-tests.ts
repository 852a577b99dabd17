import type { ConditionId, ExamTest, StrideCase } from '@stride/exam-schema';
import { conditionIds } from '@stride/exam-schema';

import type { CaseState } from './case-state';
import type { CompiledWeight } from './compile-likelihoods';
import { compiledWeights, CONDITION_COUNT } from './compile-likelihoods';
import { candidates } from './next-test-candidates';

/** Invasive escalations: suggested only once their condition leads (top two, at least 15%). */
const escalations: Partial<Record<ExamTest, number>> = {
  saphenous_block_relief: conditionIds.indexOf('saphenous_nerve_entrapment' satisfies ConditionId),
};

function leadsWith(posterior: Float64Array, condition: number): boolean {
  const p = posterior[condition] ?? 0;
  if (p < 0.15) return false;
  let higher = 0;
  for (const other of posterior) if (other > p) higher++;
  return higher < 2;
}

const logRatio = new Float64Array(CONDITION_COUNT);
const touched = new Int32Array(CONDITION_COUNT);
const isTouched = new Uint8Array(CONDITION_COUNT);
const logp = new Float64Array(CONDITION_COUNT);
/** Per touched condition: its first weight's ln LR and e^(ln LR), computed once at load. */
const firstLog = new Float64Array(CONDITION_COUNT);
const firstExp = new Float64Array(CONDITION_COUNT);
const expOf = new Float64Array(compiledWeights.map((w) => Math.exp(w.logLr)));
const gains = new Float64Array(candidates.length);

/**
 * Entropy of the differential after one outcome. Only the test's targets change, so with
 * S = Σ p·ln p: H' = ln Z − (S + Σ_targets [p·r·(ln p + ln r) − p·ln p]) / Z. The state keeps
 * ln of every family's weights, so this needs one logarithm (ln Z), not ten.
 */
function outcomeEntropy(
  state: CaseState,
  weights: readonly CompiledWeight[],
  posterior: Float64Array,
  sumPlogp: number,
): number {
  let count = 0;
  for (const w of weights) {
    let lnR: number;
    if (w.lr > 1) {
      const current = state.forLog[w.slot] ?? 0;
      lnR = w.logLr > current ? w.logLr - current : 0;
    } else {
      const current = state.againstLog[w.slot] ?? 0;
      lnR = w.logLr < current ? w.logLr - current : 0;
    }
    if (lnR === 0) continue;
    if (isTouched[w.condition] === 0) {
      isTouched[w.condition] = 1;
      touched[count++] = w.condition;
      firstLog[w.condition] = w.logLr;
      firstExp[w.condition] = expOf[w.id] ?? 0;
    }
    logRatio[w.condition] = (logRatio[w.condition] ?? 0) + lnR;
  }
  if (count === 0) return -sumPlogp;
  let z = 1;
  let s = sumPlogp;
  for (let i = 0; i < count; i++) {
    const c = touched[i] ?? 0;
    const p = posterior[c] ?? 0;
    const lnR = logRatio[c] ?? 0;
    // Usually the slot was neutral and one weight moved it, so lnR is exactly that weight's
    // ln LR and its exponential is already known (Math.exp is deterministic: same bits).
    const pr = p * (lnR === firstLog[c] ? (firstExp[c] ?? 0) : Math.exp(lnR));
    z += pr - p;
    if (p > 0) s += pr * ((logp[c] ?? 0) + lnR) - p * (logp[c] ?? 0);
    logRatio[c] = 0;
    isTouched[c] = 0;
  }
  return Math.log(z) - s / z;
}

/**
 * Tests not yet done, ranked by expected information gain: the entropy of the differential
 * now minus its expected entropy after the test, outcomes weighted by their predicted odds.
 */
export function rankNextTests(
  input: StrideCase,
  state: CaseState,
  posterior: Float64Array,
  limit: number,
): ExamTest[] {
  const done = input.exam?.tests ?? {};
  let sumPlogp = 0;
  for (let c = 0; c < CONDITION_COUNT; c++) {
    const p = posterior[c] ?? 0;
    logp[c] = p > 0 ? Math.log(p) : 0;
    sumPlogp += p * (logp[c] ?? 0);
  }
  for (let i = 0; i < candidates.length; i++) {
    gains[i] = 0;
    const candidate = candidates[i];
    if (candidate === undefined || done[candidate.test] !== undefined) continue;
    const escalation = escalations[candidate.test];
    if (escalation !== undefined && !leadsWith(posterior, escalation)) continue;
    let pPositive = 0;
    for (let c = 0; c < CONDITION_COUNT; c++)
      pPositive += (posterior[c] ?? 0) * (candidate.positiveRate[c] ?? 0);
    const expected =
      pPositive * outcomeEntropy(state, candidate.finding.positive, posterior, sumPlogp) +
      (1 - pPositive) * outcomeEntropy(state, candidate.finding.negative, posterior, sumPlogp);
    gains[i] = -sumPlogp - expected;
  }
  return pickTop(limit);
}

/** The `limit` largest gains above a floor; ties keep the vocabulary order. */
function pickTop(limit: number): ExamTest[] {
  const out: ExamTest[] = [];
  const taken = new Uint8Array(candidates.length);
  while (out.length < limit) {
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (
        taken[i] === 0 &&
        (gains[i] ?? 0) > 1e-4 &&
        (best < 0 || (gains[i] ?? 0) > (gains[best] ?? 0))
      )
        best = i;
    }
    const candidate = candidates[best];
    if (candidate === undefined) break;
    taken[best] = 1;
    out.push(candidate.test);
  }
  return out;
}

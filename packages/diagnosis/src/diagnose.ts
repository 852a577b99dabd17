import type {
  ConditionId,
  DiagnosisOutput,
  PriorProfile,
  PriorTable,
  StrideCase,
} from '@stride/exam-schema';
import { conditionIds } from '@stride/exam-schema';

import type { CaseState } from './engine/case-state';
import type { BuiltInProfileId } from './profiles/profiles';
import { ENGINE_VERSION } from './engine-version';
import { assessReferral } from './engine/assess-referral';
import { collectEvidence } from './engine/collect-evidence';
import { CONDITION_COUNT } from './engine/compile-likelihoods';
import { evaluateCase } from './engine/evaluate-case';
import { listContributingFactors } from './engine/list-contributing-factors';
import { rankNextTests } from './engine/rank-next-tests';
import { builtInProfiles, counterpartOf, DEFAULT_PROFILE_ID } from './profiles/profiles';

export interface DiagnoseOptions {
  /** A shipped profile id or a clinic's own (validated) profile. Default `clinic-method`. */
  readonly profile?: BuiltInProfileId | PriorProfile;
  /** The profile whose ranking is reported as `otherProfile`. Default: the other shipped one. */
  readonly compareWith?: BuiltInProfileId | PriorProfile;
  /** How many next tests to suggest. Default 3. */
  readonly nextTestCount?: number;
}

const priorCache = new WeakMap<PriorTable, Float64Array>();

function priorVector(profile: PriorProfile, input: StrideCase): Float64Array {
  const table = profile.bySex[input.patient?.sex ?? 'other'];
  let vector = priorCache.get(table);
  if (vector === undefined) {
    vector = Float64Array.from(conditionIds, (id) => table[id].probability);
    priorCache.set(table, vector);
  }
  return vector;
}

function resolve(profile: BuiltInProfileId | PriorProfile): PriorProfile {
  return typeof profile === 'string' ? builtInProfiles[profile] : profile;
}

// Scratch buffers: `diagnose` is synchronous and copies what it returns.
const posteriorScratch = new Float64Array(CONDITION_COUNT);
const otherScratch = new Float64Array(CONDITION_COUNT);

/** Posterior ∝ prior × likelihood; an all-zero product (a degenerate profile) gives uniform. */
function posteriorOf(
  prior: Float64Array,
  likelihood: Float64Array,
  out: Float64Array,
): Float64Array {
  let total = 0;
  for (let c = 0; c < CONDITION_COUNT; c++)
    total += out[c] = (prior[c] ?? 0) * (likelihood[c] ?? 0);
  if (!(total > 0) || !Number.isFinite(total)) {
    out.fill(1 / CONDITION_COUNT);
    return out;
  }
  for (let c = 0; c < CONDITION_COUNT; c++) out[c] = (out[c] ?? 0) / total;
  return out;
}

const order = new Int32Array(CONDITION_COUNT);

/** Condition indices, most probable first; ties keep the vocabulary order (stable insertion sort). */
function rank(posterior: Float64Array): Int32Array {
  for (let c = 0; c < CONDITION_COUNT; c++) {
    const p = posterior[c] ?? 0;
    let at = c;
    // Shift strictly less probable conditions down: equal ones stay ahead, keeping ties stable.
    for (; at > 0 && (posterior[order[at - 1] ?? 0] ?? 0) < p; at--) order[at] = order[at - 1] ?? 0;
    order[at] = c;
  }
  return order;
}

function differentialOf(
  posterior: Float64Array,
  state: CaseState,
): DiagnosisOutput['differential'] {
  const ranked = rank(posterior);
  const out: DiagnosisOutput['differential'] = [];
  for (const c of ranked) {
    out.push({
      condition: conditionAt(c),
      probability: posterior[c] ?? 0,
      evidence: collectEvidence(state, c),
    });
  }
  return out;
}

function argmax(values: Float64Array): number {
  let best = 0;
  for (let c = 1; c < values.length; c++) if ((values[c] ?? 0) > (values[best] ?? 0)) best = c;
  return best;
}

function conditionAt(index: number): ConditionId {
  return conditionIds[index] ?? conditionIds[0];
}

/**
 * Ranks the ten conditions for one case and explains why. Pure and deterministic: the same
 * case and options always give the same output.
 */
export function diagnose(input: StrideCase, options: DiagnoseOptions = {}): DiagnosisOutput {
  const profile = resolve(options.profile ?? DEFAULT_PROFILE_ID);
  const other =
    options.compareWith === undefined ? counterpartOf(profile) : resolve(options.compareWith);
  const state = evaluateCase(input);
  const posterior = posteriorOf(priorVector(profile, input), state.likelihood, posteriorScratch);
  const otherTop = argmax(posteriorOf(priorVector(other, input), state.likelihood, otherScratch));
  return {
    profile: { id: profile.id, version: profile.version },
    engineVersion: ENGINE_VERSION,
    differential: differentialOf(posterior, state),
    otherProfile: { id: other.id, top: conditionAt(otherTop) },
    referral: assessReferral(input),
    nextTests: rankNextTests(input, state, posterior, options.nextTestCount ?? 3),
    contributingFactors: listContributingFactors(input),
  };
}

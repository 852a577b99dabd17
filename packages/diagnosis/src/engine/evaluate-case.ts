import type { StrideCase } from '@stride/exam-schema';
import { painRegionIds } from '@stride/exam-schema';

import type { CaseState } from './case-state';
import type { CompiledFinding, CompiledWeight } from './compile-likelihoods';
import type { FindingValue } from './extract-findings';
import { PFP_CLUSTER_MATCH } from '../likelihoods/patellofemoral';
import { lowestBit } from './bits';
import { computeLikelihood, createCaseState, resetCaseState } from './case-state';
import { CONDITION_COUNT, findingTable, regionMiss } from './compile-likelihoods';
import { extractFindings } from './extract-findings';
import { lists, membershipMask } from './finding-keys';

const state: CaseState = createCaseState();
let clusterMet = false;
const pfpCluster = findingTable.get(PFP_CLUSTER_MATCH);
const DIFFUSE_BIT = lists.painRegions.bitOf.get('diffuse') ?? 0;

/** Records that the weight's slot left its neutral values (see CaseState.familyMask). */
function markTouched(weight: CompiledWeight): void {
  state.familyMask[weight.condition] = (state.familyMask[weight.condition] ?? 0) | weight.familyBit;
}

function apply(weight: CompiledWeight, value: FindingValue): void {
  const slot = weight.slot;
  if (weight.lr > 1) {
    if (weight.lr > (state.forWeight[slot] ?? 1)) {
      state.forWeight[slot] = weight.lr;
      state.forLog[slot] = weight.logLr;
      state.forRef[slot] = weight.id;
      state.forValue[slot] = value;
      markTouched(weight);
    }
    if (weight.family === 'pain-region') state.regionMatched[weight.condition] = 1;
  } else if (weight.lr < 1 && weight.lr < (state.againstWeight[slot] ?? 1)) {
    state.againstWeight[slot] = weight.lr;
    state.againstLog[slot] = weight.logLr;
    state.againstRef[slot] = weight.id;
    state.againstValue[slot] = value;
    markTouched(weight);
  }
}

function visit(finding: CompiledFinding, negative: boolean, value: FindingValue): void {
  const weights = negative ? finding.negative : finding.positive;
  for (const weight of weights) {
    // A met cluster stands in for its parts; their negatives still count.
    if (clusterMet && weight.clusterPart && !negative) continue;
    apply(weight, value);
  }
}

/** Cook 2010: any 2 of resisted quadriceps pain, squat pain, patellar palpation pain. */
function pfpClusterParts(input: StrideCase): string[] {
  const parts: string[] = [];
  if (input.exam?.tests?.resisted_quadriceps_pain === 'positive')
    parts.push('resisted_quadriceps_pain');
  if (input.exam?.tests?.squat_pain === 'positive') parts.push('squat_pain');
  if (input.exam?.palpation?.patellar_facets === 'tender') parts.push('patellar_facets');
  return parts;
}

function applyRegionMisses(input: StrideCase): void {
  const regions = input.history?.painRegions;
  if (regions === undefined || regions.length === 0) return;
  const mask = membershipMask(regions, lists.painRegions);
  if ((mask & DIFFUSE_BIT) !== 0) return;
  // Vocabulary order, so the shown value never depends on how the list was typed.
  let value = '';
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const id = painRegionIds[lowestBit(bits)] ?? '';
    value = value === '' ? id : `${value}, ${id}`;
  }
  for (let c = 0; c < CONDITION_COUNT; c++) {
    const miss = regionMiss[c];
    if (state.regionMatched[c] === 0 && miss !== undefined) apply(miss, value);
  }
}

/**
 * Runs every recorded finding through the likelihood table and returns the per-condition
 * likelihood. The returned state is scratch: read it before the next call.
 */
export function evaluateCase(input: StrideCase): CaseState {
  resetCaseState(state);
  const parts = pfpClusterParts(input);
  clusterMet = parts.length >= 2;
  if (clusterMet && pfpCluster !== undefined) visit(pfpCluster, false, parts.join(' + '));
  extractFindings(input, visit);
  applyRegionMisses(input);
  computeLikelihood(state);
  return state;
}

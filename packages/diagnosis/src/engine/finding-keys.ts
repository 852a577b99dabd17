import {
  aggravatorIds,
  effusionGradeIds,
  examTestIds,
  mechanicalSymptomIds,
  onsetIds,
  painQualityIds,
  painRegionIds,
  palpationSiteIds,
  priorCareIds,
  reflexGradeIds,
  sensationGradeIds,
  valgusGradeIds,
} from '@stride/exam-schema';

import type { CompiledFinding } from './compile-likelihoods';
import { thresholds } from '../likelihoods/thresholds';
import { findingTable } from './compile-likelihoods';

/** Findings resolved once by key, so the hot path neither builds keys nor looks them up. */
function findingsOf(
  ids: readonly string[],
  key: (id: string) => string,
): (CompiledFinding | undefined)[] {
  return ids.map((id) => findingTable.get(key(id)));
}

export const testFindings = findingsOf(examTestIds, (id) => `exam.tests.${id}`);
export const siteFindings = findingsOf(palpationSiteIds, (id) => `exam.palpation.${id}`);

/** A multi-select vocabulary: its ids, their findings, and id -> bit for membership masks. */
export interface Vocabulary {
  readonly ids: readonly string[];
  readonly findings: readonly (CompiledFinding | undefined)[];
  readonly bitOf: ReadonlyMap<string, number>;
}

function vocabulary(path: string, ids: readonly string[]): Vocabulary {
  if (ids.length > 32) throw new Error(`${path}: membership masks need at most 32 ids`);
  return {
    ids,
    findings: findingsOf(ids, (id) => `${path}=${id}`),
    bitOf: new Map(ids.map((id, index) => [id, 1 << index])),
  };
}

export const lists = {
  painRegions: vocabulary('history.painRegions', painRegionIds),
  painQualities: vocabulary('history.painQualities', painQualityIds),
  aggravators: vocabulary('history.aggravators', aggravatorIds),
  mechanicalSymptoms: vocabulary('history.mechanicalSymptoms', mechanicalSymptomIds),
  priorCareFailed: vocabulary('history.priorCareFailed', priorCareIds),
} as const;

/** Which vocabulary ids a list holds, as bits: duplicates and input order drop out. */
export function membershipMask(list: readonly string[], vocab: Vocabulary): number {
  let mask = 0;
  for (const id of list) mask |= vocab.bitOf.get(id) ?? 0;
  return mask;
}

function enumFindings(path: string, ids: readonly string[]): ReadonlyMap<string, CompiledFinding> {
  const map = new Map<string, CompiledFinding>();
  for (const id of ids) {
    const finding = findingTable.get(`${path}=${id}`);
    if (finding !== undefined) map.set(id, finding);
  }
  return map;
}
export const enums = {
  onset: enumFindings('history.onset', onsetIds),
  valgus: enumFindings('gait.dynamicKneeValgus', valgusGradeIds),
  effusion: enumFindings('exam.effusion', effusionGradeIds),
  reflex: enumFindings('exam.neuro.patellarReflex', reflexGradeIds),
  l3: enumFindings('exam.neuro.l3DermatomeSensation', sensationGradeIds),
  l4: enumFindings('exam.neuro.l4DermatomeSensation', sensationGradeIds),
  medialKnee: enumFindings('exam.neuro.medialKneeSensation', sensationGradeIds),
} as const;

export const booleans = {
  nightPain: findingTable.get('history.nightPain'),
  backPain: findingTable.get('history.backPain'),
  crossoverGait: findingTable.get('gait.crossoverGait'),
  quadricepsWeakness: findingTable.get('exam.neuro.quadricepsWeakness'),
} as const;

export const thresholdFindings = thresholds.map((threshold) => findingTable.get(threshold.match));

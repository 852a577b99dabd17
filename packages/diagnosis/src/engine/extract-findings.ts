import type { StrideCase } from '@stride/exam-schema';
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

import { crosses, thresholds } from '../likelihoods/thresholds';

export type FindingValue = string | number | boolean;

/** Receives each recorded finding: its key, whether it was negative, and its value. */
export type FindingVisitor = (key: string, negative: boolean, value: FindingValue) => void;

function keysOf<Id extends string>(
  ids: readonly Id[],
  key: (id: Id) => string,
): readonly (readonly [Id, string])[] {
  return ids.map((id) => [id, key(id)] as const);
}
const listKeys = (path: string, ids: readonly string[]): readonly (readonly [string, string])[] =>
  keysOf(ids, (id) => `${path}=${id}`);
const testKeys = keysOf(examTestIds, (id) => `exam.tests.${id}`);
const siteKeys = keysOf(palpationSiteIds, (id) => `exam.palpation.${id}`);
const lists = {
  painRegions: listKeys('history.painRegions', painRegionIds),
  painQualities: listKeys('history.painQualities', painQualityIds),
  aggravators: listKeys('history.aggravators', aggravatorIds),
  mechanicalSymptoms: listKeys('history.mechanicalSymptoms', mechanicalSymptomIds),
  priorCareFailed: listKeys('history.priorCareFailed', priorCareIds),
} as const;

function visitList(
  list: readonly string[] | undefined,
  keys: readonly (readonly [string, string])[],
  visit: FindingVisitor,
): void {
  if (list === undefined || list.length === 0) return;
  // Vocabulary order, not input order, so the output never depends on how a list was typed.
  for (const [id, key] of keys) if (list.includes(id)) visit(key, false, id);
}

/** `path=value` keys built once, so the hot path never concatenates strings. */
function enumKeys(path: string, ids: readonly string[]): ReadonlyMap<string, string> {
  return new Map(ids.map((id) => [id, `${path}=${id}`]));
}
const enums = {
  onset: enumKeys('history.onset', onsetIds),
  valgus: enumKeys('gait.dynamicKneeValgus', valgusGradeIds),
  effusion: enumKeys('exam.effusion', effusionGradeIds),
  reflex: enumKeys('exam.neuro.patellarReflex', reflexGradeIds),
  l3: enumKeys('exam.neuro.l3DermatomeSensation', sensationGradeIds),
  l4: enumKeys('exam.neuro.l4DermatomeSensation', sensationGradeIds),
  medialKnee: enumKeys('exam.neuro.medialKneeSensation', sensationGradeIds),
} as const;

function visitEnum(
  keys: ReadonlyMap<string, string>,
  value: string | undefined,
  visit: FindingVisitor,
): void {
  if (value === undefined) return;
  const key = keys.get(value);
  if (key !== undefined) visit(key, false, value);
}

function visitBoolean(key: string, value: boolean | undefined, visit: FindingVisitor): void {
  if (value !== undefined) visit(key, !value, value);
}

/** Walks what the case records. Absent fields are never visited: absent is not negative. */
export function extractFindings(input: StrideCase, visit: FindingVisitor): void {
  const { history, gait, exam } = input;
  const tests = exam?.tests;
  if (tests !== undefined) {
    for (const [id, key] of testKeys) {
      const result = tests[id];
      if (result !== undefined) visit(key, result === 'negative', result);
    }
  }
  const palpation = exam?.palpation;
  if (palpation !== undefined) {
    for (const [id, key] of siteKeys) {
      const result = palpation[id];
      if (result !== undefined) visit(key, result === 'not_tender', result);
    }
  }
  if (history !== undefined) {
    visitList(history.painRegions, lists.painRegions, visit);
    visitList(history.painQualities, lists.painQualities, visit);
    visitList(history.aggravators, lists.aggravators, visit);
    visitList(history.mechanicalSymptoms, lists.mechanicalSymptoms, visit);
    visitList(history.priorCareFailed, lists.priorCareFailed, visit);
    visitEnum(enums.onset, history.onset, visit);
    visitBoolean('history.nightPain', history.nightPain, visit);
    visitBoolean('history.backPain', history.backPain, visit);
  }
  visitEnum(enums.valgus, gait?.dynamicKneeValgus, visit);
  visitBoolean('gait.crossoverGait', gait?.crossoverGait, visit);
  visitEnum(enums.effusion, exam?.effusion, visit);
  const neuro = exam?.neuro;
  if (neuro !== undefined) {
    visitEnum(enums.reflex, neuro.patellarReflex, visit);
    visitBoolean('exam.neuro.quadricepsWeakness', neuro.quadricepsWeakness, visit);
    visitEnum(enums.l3, neuro.l3DermatomeSensation, visit);
    visitEnum(enums.l4, neuro.l4DermatomeSensation, visit);
    visitEnum(enums.medialKnee, neuro.medialKneeSensation, visit);
  }
  for (const threshold of thresholds) {
    const value = threshold.read(input);
    if (value !== undefined && crosses(threshold, value)) visit(threshold.match, false, value);
  }
}

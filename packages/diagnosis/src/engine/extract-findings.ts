import type { StrideCase } from '@stride/exam-schema';
import { examTestIds, palpationSiteIds } from '@stride/exam-schema';

import type { CompiledFinding } from './compile-likelihoods';
import type { Vocabulary } from './finding-keys';
import { crosses, thresholds } from '../likelihoods/thresholds';
import { lowestBit } from './bits';
import {
  booleans,
  enums,
  lists,
  membershipMask,
  siteFindings,
  testFindings,
  thresholdFindings,
} from './finding-keys';

export type FindingValue = string | number | boolean;

/** Receives each recorded finding that carries weights: them, whether negative, its value. */
export type FindingVisitor = (
  finding: CompiledFinding,
  negative: boolean,
  value: FindingValue,
) => void;

function visitList(
  list: readonly string[] | undefined,
  vocab: Vocabulary,
  visit: FindingVisitor,
): void {
  if (list === undefined || list.length === 0) return;
  // Vocabulary order, not input order, so the output never depends on how a list was typed.
  for (let mask = membershipMask(list, vocab); mask !== 0; mask &= mask - 1) {
    const index = lowestBit(mask);
    const finding = vocab.findings[index];
    if (finding !== undefined) visit(finding, false, vocab.ids[index] ?? '');
  }
}

function visitEnum(
  findings: ReadonlyMap<string, CompiledFinding>,
  value: string | undefined,
  visit: FindingVisitor,
): void {
  if (value === undefined) return;
  const finding = findings.get(value);
  if (finding !== undefined) visit(finding, false, value);
}

function visitBoolean(
  finding: CompiledFinding | undefined,
  value: boolean | undefined,
  visit: FindingVisitor,
): void {
  if (value !== undefined && finding !== undefined) visit(finding, !value, value);
}

/** Walks what the case records. Absent fields are never visited: absent is not negative. */
export function extractFindings(input: StrideCase, visit: FindingVisitor): void {
  const { history, gait, exam } = input;
  const tests = exam?.tests;
  if (tests !== undefined) {
    for (let i = 0; i < examTestIds.length; i++) {
      const id = examTestIds[i];
      const result = id === undefined ? undefined : tests[id];
      const finding = testFindings[i];
      if (result !== undefined && finding !== undefined)
        visit(finding, result === 'negative', result);
    }
  }
  const palpation = exam?.palpation;
  if (palpation !== undefined) {
    for (let i = 0; i < palpationSiteIds.length; i++) {
      const id = palpationSiteIds[i];
      const result = id === undefined ? undefined : palpation[id];
      const finding = siteFindings[i];
      if (result !== undefined && finding !== undefined)
        visit(finding, result === 'not_tender', result);
    }
  }
  if (history !== undefined) {
    visitList(history.painRegions, lists.painRegions, visit);
    visitList(history.painQualities, lists.painQualities, visit);
    visitList(history.aggravators, lists.aggravators, visit);
    visitList(history.mechanicalSymptoms, lists.mechanicalSymptoms, visit);
    visitList(history.priorCareFailed, lists.priorCareFailed, visit);
    visitEnum(enums.onset, history.onset, visit);
    visitBoolean(booleans.nightPain, history.nightPain, visit);
    visitBoolean(booleans.backPain, history.backPain, visit);
  }
  visitEnum(enums.valgus, gait?.dynamicKneeValgus, visit);
  visitBoolean(booleans.crossoverGait, gait?.crossoverGait, visit);
  visitEnum(enums.effusion, exam?.effusion, visit);
  const neuro = exam?.neuro;
  if (neuro !== undefined) {
    visitEnum(enums.reflex, neuro.patellarReflex, visit);
    visitBoolean(booleans.quadricepsWeakness, neuro.quadricepsWeakness, visit);
    visitEnum(enums.l3, neuro.l3DermatomeSensation, visit);
    visitEnum(enums.l4, neuro.l4DermatomeSensation, visit);
    visitEnum(enums.medialKnee, neuro.medialKneeSensation, visit);
  }
  for (let i = 0; i < thresholds.length; i++) {
    const threshold = thresholds[i];
    const finding = thresholdFindings[i];
    if (threshold === undefined || finding === undefined) continue;
    const value = threshold.read(input);
    if (value !== undefined && crosses(threshold, value)) visit(finding, false, value);
  }
}

import type { ExamTest } from '@stride/exam-schema';
import { examTestIds } from '@stride/exam-schema';

import type { CompiledFinding } from './compile-likelihoods';
import { CONDITION_COUNT, findingTable } from './compile-likelihoods';

export interface Candidate {
  readonly test: ExamTest;
  readonly finding: CompiledFinding;
  /** P(test positive | condition), from the test's own LR pair. */
  readonly positiveRate: Float64Array;
}

/** Sens and spec recovered from an LR pair: spec = (LR+ − 1)/(LR+ − LR−), sens = LR+·(1 − spec). */
function recover(
  positive: number,
  negative: number,
): { sensitivity: number; specificity: number } | undefined {
  if (positive <= 1 || negative >= 1) return undefined;
  const specificity = (positive - 1) / (positive - negative);
  return { sensitivity: positive * (1 - specificity), specificity };
}

function buildCandidate(test: ExamTest): Candidate | undefined {
  const finding = findingTable.get(`exam.tests.${test}`);
  if (finding === undefined) return undefined;
  let baseline = 0.2;
  let strongest = 1;
  const sensitivity = new Float64Array(CONDITION_COUNT).fill(-1);
  for (const pos of finding.positive) {
    const neg = finding.negative.find((w) => w.condition === pos.condition);
    const pair = neg === undefined ? undefined : recover(pos.lr, neg.lr);
    if (pair === undefined) continue;
    sensitivity[pos.condition] = pair.sensitivity;
    if (pos.lr > strongest) {
      strongest = pos.lr;
      baseline = 1 - pair.specificity;
    }
  }
  const positiveRate = sensitivity.map((s) => Math.min(0.99, Math.max(0.01, s < 0 ? baseline : s)));
  return { test, finding, positiveRate };
}

/** Every exam test with published weights, in vocabulary order, built once at load. */
export const candidates: readonly Candidate[] = examTestIds.flatMap(
  (test) => buildCandidate(test) ?? [],
);

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { ConditionId, ExamTest, StrideCase } from '@stride/exam-schema';
import { conditionIds, diagnosisOutputSchema, examTestIds } from '@stride/exam-schema';
import { caseArbitrary } from '@stride/exam-schema/testing';

import { diagnose, likelihoods } from '../src/index';

const profiles = fc.constantFrom('clinic-method' as const, 'literature' as const);

function probabilityOf(
  input: StrideCase,
  condition: ConditionId,
  profile: 'clinic-method' | 'literature',
): number {
  return (
    diagnose(input, { profile }).differential.find((d) => d.condition === condition)?.probability ??
    Number.NaN
  );
}

function withTest(
  input: StrideCase,
  test: ExamTest,
  result: 'positive' | 'negative' | undefined,
): StrideCase {
  const tests = { ...input.exam?.tests };
  if (result === undefined) delete tests[test];
  else tests[test] = result;
  return { ...input, exam: { ...input.exam, tests } };
}

/** Tests whose one outcome moves exactly one condition, in one direction, and no other. */
function singleTarget(
  outcome: 'positive' | 'negative',
  direction: 'for' | 'against',
): { test: ExamTest; condition: ConditionId }[] {
  const out: { test: ExamTest; condition: ConditionId }[] = [];
  for (const test of examTestIds) {
    const rows = likelihoods.filter((l) => l.match === `exam.tests.${test}`);
    const moved = rows.filter(
      (l) => (outcome === 'positive' ? l.positive : l.negative) !== undefined,
    );
    const only = moved[0];
    const weight = outcome === 'positive' ? only?.positive : only?.negative;
    if (moved.length !== 1 || only === undefined || weight === undefined) continue;
    if ((direction === 'for') === weight.lr > 1) out.push({ test, condition: only.condition });
  }
  return out;
}

describe('engine properties over generated valid cases', () => {
  it('never throws, matches the output schema, and is deterministic', () => {
    fc.assert(
      fc.property(caseArbitrary, profiles, (input, profile) => {
        const output = diagnose(input, { profile });
        expect(diagnosisOutputSchema.safeParse(output).success).toBe(true);
        expect(JSON.stringify(diagnose(structuredClone(input), { profile }))).toBe(
          JSON.stringify(output),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('lists all ten conditions once, probabilities summing to 1, most probable first', () => {
    fc.assert(
      fc.property(caseArbitrary, profiles, (input, profile) => {
        const { differential } = diagnose(input, { profile });
        expect(differential.map((d) => d.condition).sort()).toEqual([...conditionIds].sort());
        expect(Math.abs(differential.reduce((sum, d) => sum + d.probability, 0) - 1)).toBeLessThan(
          1e-9,
        );
        for (let i = 1; i < differential.length; i++) {
          expect(differential[i - 1]?.probability ?? 0).toBeGreaterThanOrEqual(
            differential[i]?.probability ?? 0,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  const favouring = singleTarget('positive', 'for');
  it(`adding a finding that favours a condition never lowers it (${favouring.length} tests)`, () => {
    fc.assert(
      fc.property(
        caseArbitrary,
        profiles,
        fc.constantFrom(...favouring),
        (input, profile, { test, condition }) => {
          const without = withTest(input, test, undefined);
          const before = probabilityOf(without, condition, profile);
          expect(
            probabilityOf(withTest(without, test, 'positive'), condition, profile),
          ).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
      { numRuns: 400 },
    );
  });

  const arguing = singleTarget('negative', 'against');
  it(`a negative finding never raises a condition it argues against (${arguing.length} tests)`, () => {
    fc.assert(
      fc.property(
        caseArbitrary,
        profiles,
        fc.constantFrom(...arguing),
        (input, profile, { test, condition }) => {
          const without = withTest(input, test, undefined);
          const before = probabilityOf(without, condition, profile);
          expect(
            probabilityOf(withTest(without, test, 'negative'), condition, profile),
          ).toBeLessThanOrEqual(before + 1e-12);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('absent differs from negative: an absent test changes nothing, a negative one does', () => {
    const withNegative = examTestIds.filter((test) =>
      likelihoods.some((l) => l.match === `exam.tests.${test}` && l.negative !== undefined),
    );
    fc.assert(
      fc.property(
        caseArbitrary,
        profiles,
        fc.constantFrom(...withNegative),
        (input, profile, test) => {
          // Without the rest of the exam, no stronger finding of the same family can mask the test.
          const { exam: _exam, ...rest } = input;
          const bare: StrideCase = rest;
          const absent = diagnose(bare, { profile });
          expect(diagnose({ ...bare, exam: { tests: {} } }, { profile }).differential).toEqual(
            absent.differential,
          );
          const negative = diagnose(
            { ...bare, exam: { tests: { [test]: 'negative' } } },
            { profile },
          );
          expect(negative.differential).not.toEqual(absent.differential);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('suggests only tests not yet done', () => {
    fc.assert(
      fc.property(caseArbitrary, (input) => {
        const done = Object.keys(input.exam?.tests ?? {});
        for (const test of diagnose(input).nextTests) expect(done).not.toContain(test);
      }),
      { numRuns: 200 },
    );
  });

  it('refers urgently on any red flag, whatever the differential', () => {
    fc.assert(
      fc.property(caseArbitrary, profiles, (input, profile) => {
        const { referral } = diagnose(input, { profile });
        const flagged = (input.history?.redFlags?.length ?? 0) > 0;
        expect(referral.urgent).toBe(flagged);
        if (flagged) expect(referral.recommended).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { StrideCase } from '@stride/exam-schema';
import { CASE_FORMAT, conditionIds } from '@stride/exam-schema';

import {
  addDays,
  applyPlanEdit,
  buildPlan,
  exerciseLibrary,
  findExercise,
  findingItemRules,
  findingsOfCase,
  planProblems,
} from '../src';

const dayArb = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));

const caseArb: fc.Arbitrary<StrideCase> = fc
  .record(
    {
      gait: fc.record(
        {
          cadenceSpm: fc.integer({ min: 140, max: 200 }),
          tibiaInclinationAtContactDeg: fc.integer({ min: -5, max: 20 }),
          contralateralPelvicDropDeg: fc.integer({ min: 0, max: 15 }),
          peakHipAdductionDeg: fc.integer({ min: 0, max: 25 }),
        },
        { requiredKeys: [] },
      ),
      exam: fc.record(
        {
          strength: fc.record(
            {
              hipAbductionNmPerKg: fc.double({ min: 0.5, max: 2, noNaN: true }),
              hipExternalRotationNmPerKg: fc.double({ min: 0.2, max: 1, noNaN: true }),
              quadricepsNmPerKg: fc.double({ min: 1, max: 3, noNaN: true }),
            },
            { requiredKeys: [] },
          ),
          mobility: fc.record(
            { ankleDorsiflexionKneeToWallCm: fc.integer({ min: 2, max: 15 }) },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map((c) => ({ format: CASE_FORMAT, ...c }));

const inputArb = fc.record({
  condition: fc.constantFrom(...conditionIds),
  side: fc.constantFrom('left' as const, 'right' as const, 'bilateral' as const),
  exam: caseArb,
  today: dayArb,
  raceOffset: fc.option(fc.integer({ min: -60, max: 400 }), { nil: undefined }),
});

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function build(input: Input) {
  const raceDate = input.raceOffset === undefined ? null : addDays(input.today, input.raceOffset);
  return buildPlan({ ...input, raceDate });
}

describe('buildPlan properties', () => {
  it('dates are ordered, contiguous, start today, and the go/no-go precedes the race', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = build(input);
        expect(planProblems(plan)).toEqual([]);
        expect(plan.startDate).toBe(input.today);
        plan.phases.forEach((phase, i) => {
          expect(phase.startDate <= phase.endDate).toBe(true);
          const next = plan.phases[i + 1];
          if (next) expect(next.startDate).toBe(addDays(phase.endDate, 1));
        });
        if (plan.goNoGoDate !== null) {
          expect(plan.raceDate).not.toBeNull();
          expect(plan.goNoGoDate > input.today).toBe(true);
          expect(plan.goNoGoDate < (plan.raceDate ?? '')).toBe(true);
        }
        if (plan.dating === 'race') {
          expect(plan.endDate < (plan.raceDate ?? '')).toBe(true);
          expect(plan.goNoGoDate).toBe(addDays(plan.raceDate ?? '', -14));
        }
      }),
    );
  });

  it('every item references a library exercise and the plan is never adjunct-only', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = build(input);
        for (const item of plan.items) expect(findExercise(item.exerciseId)).toBeDefined();
        expect(plan.items.some((i) => findExercise(i.exerciseId)?.category !== 'adjunct')).toBe(
          true,
        );
      }),
    );
  });

  it('a finding is cited exactly when it is present', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = build(input);
        const present = new Set(findingsOfCase(input.exam).map((f) => f.id));
        const cited = new Set(plan.items.flatMap((i) => i.findings.map((f) => f.id)));
        expect([...cited].sort()).toEqual([...present].sort());
        for (const rule of findingItemRules) {
          const fires = rule.findings.some((f) => present.has(f));
          const item = plan.items.find((i) => i.key === rule.exerciseId);
          const citesRule = item?.findings.some((f) => rule.findings.includes(f.id)) ?? false;
          expect(citesRule).toBe(fires);
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(build(input)).toEqual(build(input));
      }),
    );
  });

  it('no sequence of edits leaves a plan made only of adjuncts', () => {
    const ids = exerciseLibrary.map((e) => e.id);
    fc.assert(
      fc.property(inputArb, fc.subarray(ids), fc.subarray(ids), (input, remove, add) => {
        const plan = build(input);
        const result = applyPlanEdit(plan, {
          removeKeys: remove,
          add: add
            .filter((id) => !plan.items.some((i) => i.key === id && !remove.includes(id)))
            .map((exerciseId) => ({ exerciseId })),
        });
        if (result.ok) {
          expect(
            result.plan.items.some((i) => findExercise(i.exerciseId)?.category !== 'adjunct'),
          ).toBe(true);
          expect(planProblems(result.plan)).toEqual([]);
        }
      }),
    );
  });
});

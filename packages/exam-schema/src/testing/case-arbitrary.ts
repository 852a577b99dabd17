// Test support, exported as @stride/exam-schema/testing: generates valid stride.case/v1
// documents for property tests here and in the diagnosis engine.
import fc from 'fast-check';

import type { Measure, StrideCase } from '../index';
import {
  aggravatorIds,
  effusionGradeIds,
  examMeasures,
  examTestIds,
  footStrikeIds,
  gaitMeasures,
  historyMeasures,
  mechanicalSymptomIds,
  mobilityMeasures,
  onsetIds,
  painQualityIds,
  painRegionIds,
  palpationResultIds,
  palpationSiteIds,
  priorCareIds,
  redFlagIds,
  reflexGradeIds,
  sensationGradeIds,
  sexIds,
  sideIds,
  strengthMeasures,
  testResultIds,
  valgusGradeIds,
} from '../index';

function measureArb(m: Measure): fc.Arbitrary<number> {
  if (m.integer === true) return fc.integer({ min: m.min, max: m.max });
  // JSON has no -0, so keep generated cases JSON-faithful.
  return fc.double({ min: m.min, max: m.max, noNaN: true }).map((v) => (v === 0 ? 0 : v));
}

function measuresArb(
  measures: Record<string, Measure>,
): fc.Arbitrary<Partial<Record<string, number>>> {
  const shape: Record<string, fc.Arbitrary<number>> = {};
  for (const [key, m] of Object.entries(measures)) shape[key] = measureArb(m);
  return fc.record(shape, { requiredKeys: [] });
}

function subsetOf<T extends string>(ids: readonly T[]): fc.Arbitrary<T[]> {
  return fc.subarray([...ids]);
}

function partialRecordOf<K extends string, V extends string>(
  keys: readonly K[],
  values: readonly V[],
): fc.Arbitrary<Partial<Record<K, V>>> {
  const shape = {} as Record<K, fc.Arbitrary<V>>;
  for (const key of keys) shape[key] = fc.constantFrom(...values);
  return fc.record(shape, { requiredKeys: [] });
}

/** Any valid stride.case/v1 document, sections and fields independently present or absent. */
export const caseArbitrary: fc.Arbitrary<StrideCase> = fc
  .record(
    {
      id: fc.string(),
      patient: fc.record(
        { sex: fc.constantFrom(...sexIds), ageYears: fc.integer({ min: 0, max: 120 }) },
        { requiredKeys: [] },
      ),
      side: fc.constantFrom(...sideIds),
      history: fc
        .tuple(
          fc.record(
            {
              painRegions: subsetOf(painRegionIds),
              painQualities: subsetOf(painQualityIds),
              aggravators: subsetOf(aggravatorIds),
              onset: fc.constantFrom(...onsetIds),
              nightPain: fc.boolean(),
              mechanicalSymptoms: subsetOf(mechanicalSymptomIds),
              backPain: fc.boolean(),
              priorCareFailed: subsetOf(priorCareIds),
              redFlags: subsetOf(redFlagIds),
              targetRace: fc.record(
                { name: fc.string({ minLength: 1 }), date: fc.constant('2027-03-21') },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: [] },
          ),
          measuresArb(historyMeasures),
        )
        .map(([a, b]) => ({ ...a, ...b })),
      gait: fc
        .tuple(
          measuresArb(gaitMeasures),
          fc.record(
            {
              footStrike: fc.constantFrom(...footStrikeIds),
              dynamicKneeValgus: fc.constantFrom(...valgusGradeIds),
              crossoverGait: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
        )
        .map(([a, b]) => ({ ...a, ...b })),
      exam: fc
        .tuple(
          fc.record(
            {
              palpation: partialRecordOf(palpationSiteIds, palpationResultIds),
              tests: partialRecordOf(examTestIds, testResultIds),
              strength: measuresArb(strengthMeasures),
              mobility: measuresArb(mobilityMeasures),
              neuro: fc.record(
                {
                  patellarReflex: fc.constantFrom(...reflexGradeIds),
                  quadricepsWeakness: fc.boolean(),
                  l3DermatomeSensation: fc.constantFrom(...sensationGradeIds),
                  l4DermatomeSensation: fc.constantFrom(...sensationGradeIds),
                  medialKneeSensation: fc.constantFrom(...sensationGradeIds),
                },
                { requiredKeys: [] },
              ),
              effusion: fc.constantFrom(...effusionGradeIds),
            },
            { requiredKeys: [] },
          ),
          measuresArb(examMeasures),
        )
        .map(([a, b]) => ({ ...a, ...b })),
    },
    { requiredKeys: [] },
  )
  // Through JSON, as a real case arrives: plain prototypes, no undefined values.
  .map(
    (sections) =>
      JSON.parse(JSON.stringify({ format: 'stride.case/v1', ...sections })) as StrideCase,
  );

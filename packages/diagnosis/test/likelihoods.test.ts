import { describe, expect, it } from 'vitest';

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

import type { Weight } from '../src/index';
import { likelihoods, LR_CEILING, LR_FLOOR, thresholds } from '../src/index';

function weightFor(
  match: string,
  condition: string,
  outcome: 'positive' | 'negative',
): Weight | undefined {
  return likelihoods.find((l) => l.match === match && l.condition === condition)?.[outcome];
}

const clamp = (lr: number): number => Math.min(LR_CEILING, Math.max(LR_FLOOR, lr));

describe('every published weight reproduces its source figure', () => {
  const published = likelihoods.flatMap((l) =>
    (['positive', 'negative'] as const).flatMap((outcome) => {
      const weight = l[outcome];
      return weight !== undefined && weight.kind !== 'expert-weight'
        ? [{ l, outcome, weight }]
        : [];
    }),
  );

  it.each(published)('$l.match for $l.condition ($outcome)', ({ outcome, weight }) => {
    const basis = weight.basis;
    expect(basis, 'a published weight records its basis').toBeDefined();
    if (basis === undefined) return;
    const figure =
      'reported' in basis
        ? basis.reported
        : outcome === 'positive'
          ? basis.sensitivity / (1 - basis.specificity)
          : (1 - basis.sensitivity) / basis.specificity;
    expect(weight.lr).toBeCloseTo(clamp(figure), 1);
    expect(weight.source).toMatch(/\d{4}/);
  });
});

describe('figures from research.md', () => {
  it.each([
    ['exam.tests.clarke', 'chondromalacia_patellae', 1.18, 0.91],
    ['exam.tests.mcmurray', 'medial_meniscus_tear', 2.4, 0.42],
    ['exam.tests.apley', 'medial_meniscus_tear', 2.0, 0.57],
    ['exam.palpation.medial_joint_line', 'medial_meniscus_tear', 2.7, 0.48],
    ['exam.tests.slump_knee_bend', 'lumbar_referred_pain', 5.9, 0.12],
    ['exam.tests.slump', 'lumbar_referred_pain', 1.11, 0.81],
    ['exam.tests.royal_london_hospital', 'patellar_tendinopathy', 10, 0.12],
  ] as const)('%s for %s: LR+ %d, LR− %d', (match, condition, positive, negative) => {
    expect(weightFor(match, condition, 'positive')?.lr).toBe(positive);
    expect(weightFor(match, condition, 'negative')?.lr).toBe(negative);
  });

  it.each([
    ['exam.tests.resisted_quadriceps_pain', 2.2],
    ['exam.tests.eccentric_step_down', 2.34],
    ['exam.tests.vastus_medialis_coordination', 2.26],
  ] as const)('%s: Nijs/Cook LR+ %d for both patellofemoral causes', (match, positive) => {
    expect(weightFor(match, 'patellofemoral_malalignment', 'positive')?.lr).toBe(positive);
    expect(weightFor(match, 'chondromalacia_patellae', 'positive')?.lr).toBe(positive);
  });

  it('uses the Cook 2010 cluster (LR+ 4.0) as a cluster', () => {
    const weight = weightFor('cluster:pfp-2-of-3', 'patellofemoral_malalignment', 'positive');
    expect(weight).toMatchObject({ lr: 4.0, kind: 'cluster' });
  });

  it('gives tests without accuracy data a labelled expert weight only', () => {
    for (const match of [
      'noble_compression',
      'ober',
      'renne',
      'tinel_adductor_canal',
      'saphenous_block_relief',
      'prone_knee_bend',
    ]) {
      for (const l of likelihoods.filter((row) => row.match === `exam.tests.${match}`)) {
        for (const weight of [l.positive, l.negative]) {
          if (weight === undefined) continue;
          expect(weight.kind).toBe('expert-weight');
          expect(weight.source).toMatch(/^expert weight/);
        }
      }
    }
  });

  it('does not weight patellar-tendon palpation (LR+ 0.75 against ultrasound, uninformative)', () => {
    expect(likelihoods.some((l) => l.match === 'exam.palpation.patellar_tendon')).toBe(false);
  });
});

describe('the table itself', () => {
  const keys = new Set<string>([
    'cluster:pfp-2-of-3',
    ...examTestIds.map((id) => `exam.tests.${id}`),
    ...palpationSiteIds.map((id) => `exam.palpation.${id}`),
    ...painRegionIds.map((id) => `history.painRegions=${id}`),
    ...painQualityIds.map((id) => `history.painQualities=${id}`),
    ...aggravatorIds.map((id) => `history.aggravators=${id}`),
    ...mechanicalSymptomIds.map((id) => `history.mechanicalSymptoms=${id}`),
    ...priorCareIds.map((id) => `history.priorCareFailed=${id}`),
    ...onsetIds.map((id) => `history.onset=${id}`),
    ...effusionGradeIds.map((id) => `exam.effusion=${id}`),
    ...valgusGradeIds.map((id) => `gait.dynamicKneeValgus=${id}`),
    ...reflexGradeIds.map((id) => `exam.neuro.patellarReflex=${id}`),
    ...(['l3DermatomeSensation', 'l4DermatomeSensation', 'medialKneeSensation'] as const).flatMap(
      (f) => sensationGradeIds.map((id) => `exam.neuro.${f}=${id}`),
    ),
    'history.nightPain',
    'history.backPain',
    'exam.neuro.quadricepsWeakness',
    'gait.crossoverGait',
    ...thresholds.map((t) => t.match),
  ]);

  it.each(likelihoods.map((l) => [l.match, l.condition] as const))(
    '%s (%s) is a finding the engine can read',
    (match) => {
      expect(keys.has(match)).toBe(true);
    },
  );

  it('weights every special test for at least one condition', () => {
    for (const id of examTestIds)
      expect(likelihoods.some((l) => l.match === `exam.tests.${id}`)).toBe(true);
  });

  it('keeps every weight positive and finite, and never 1 (a weight of 1 would be noise)', () => {
    for (const l of likelihoods) {
      for (const weight of [l.positive, l.negative]) {
        if (weight === undefined) continue;
        expect(Number.isFinite(weight.lr) && weight.lr > 0 && weight.lr !== 1).toBe(true);
      }
    }
  });
});

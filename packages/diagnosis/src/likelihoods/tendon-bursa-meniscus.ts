import type { ConditionId } from '@stride/exam-schema';

import type { Likelihood } from './likelihood';
import { expert, forEach, published } from './likelihood';
import { SRC } from './sources';

const PT: readonly ConditionId[] = ['patellar_tendinopathy'];
const PAB: readonly ConditionId[] = ['pes_anserine_bursitis'];
const MMT: readonly ConditionId[] = ['medial_meniscus_tear'];

/**
 * Patellar-tendon palpation is deliberately absent: against ultrasound lesions it had
 * spec 0.09 (LR+ 0.75, LR− 3.6), which says nothing about clinical tendinopathy.
 */
export const tendonBursaMeniscusLikelihoods: readonly Likelihood[] = [
  ...forEach(PT, 'exam.tests.royal_london_hospital', {
    family: 'tendon-provocation',
    positive: published(44, `${SRC.maffulli2017}: sens 0.88, spec 0.98, LR+ 44 capped at 10`, {
      sensitivity: 0.88,
      specificity: 0.98,
    }),
    negative: published(0.12, `${SRC.maffulli2017}: sens 0.88, spec 0.98`, {
      sensitivity: 0.88,
      specificity: 0.98,
    }),
  }),
  ...forEach(PT, 'exam.tests.decline_squat_pain', {
    family: 'tendon-provocation',
    positive: expert(2.0, 'tendon loading provocation, no accuracy data'),
    negative: expert(0.6, 'no accuracy data'),
  }),
  ...forEach(PT, 'exam.palpation.inferior_pole_patella', {
    family: 'tendon-palpation',
    positive: expert(1.5, 'only 32% of tender knees had PT (Clinics, elsevier.es)'),
    negative: expert(0.5, 'pain localised to the inferior pole is the hallmark'),
  }),
  ...forEach(PAB, 'exam.palpation.pes_anserine', {
    family: 'bursa-palpation',
    positive: expert(
      4.0,
      `point tenderness below the joint line is the key sign (${SRC.statpearlsPes})`,
    ),
    negative: expert(0.3, `key sign absent (${SRC.statpearlsPes})`),
  }),
  ...forEach(MMT, 'exam.palpation.medial_joint_line', {
    family: 'meniscal-palpation',
    positive: published(2.7, `${SRC.hegedus2007}: sens 0.63, spec 0.77`, {
      sensitivity: 0.63,
      specificity: 0.77,
    }),
    negative: published(0.48, `${SRC.hegedus2007}: sens 0.63, spec 0.77`, {
      sensitivity: 0.63,
      specificity: 0.77,
    }),
  }),
  ...forEach(MMT, 'exam.tests.mcmurray', {
    family: 'meniscal-provocation',
    positive: published(2.4, `${SRC.hegedus2007}: sens 0.70, spec 0.71`, {
      sensitivity: 0.7,
      specificity: 0.71,
    }),
    negative: published(0.42, `${SRC.hegedus2007}: sens 0.70, spec 0.71`, {
      sensitivity: 0.7,
      specificity: 0.71,
    }),
  }),
  ...forEach(MMT, 'exam.tests.apley', {
    family: 'meniscal-provocation',
    positive: published(2.0, `${SRC.hegedus2007}: sens 0.60, spec 0.70`, {
      sensitivity: 0.6,
      specificity: 0.7,
    }),
    negative: published(0.57, `${SRC.hegedus2007}: sens 0.60, spec 0.70`, {
      sensitivity: 0.6,
      specificity: 0.7,
    }),
  }),
  ...forEach(MMT, 'exam.tests.thessaly', {
    family: 'meniscal-provocation',
    positive: expert(2.0, `no better than other meniscal tests in primary care (${SRC.blyth2015})`),
    negative: expert(0.6, `no better than other meniscal tests (${SRC.blyth2015})`),
  }),
];

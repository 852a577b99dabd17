import type { ConditionId } from '@stride/exam-schema';

import type { Likelihood } from './likelihood';
import { expert, forEach, published } from './likelihood';
import { SRC } from './sources';

const SNE: readonly ConditionId[] = ['saphenous_nerve_entrapment'];
const FNI: readonly ConditionId[] = ['femoral_nerve_irritation'];
const LRP: readonly ConditionId[] = ['lumbar_referred_pain'];

/** Saphenous and femoral findings: none has published accuracy except the slump knee bend. */
export const nerveLikelihoods: readonly Likelihood[] = [
  ...forEach(SNE, 'exam.palpation.adductor_canal', {
    family: 'saphenous-provocation',
    positive: expert(3.0, `reproduction over Hunter's canal, no accuracy data (${SRC.herman2018})`),
    negative: expert(0.6, 'no accuracy data'),
  }),
  ...forEach(SNE, 'exam.tests.tinel_adductor_canal', {
    family: 'saphenous-provocation',
    positive: expert(
      3.0,
      `Tinel-type sign at the adductor canal, no accuracy data (${SRC.herman2018})`,
    ),
    negative: expert(0.5, 'no accuracy data'),
  }),
  ...forEach(SNE, 'exam.palpation.infrapatellar_saphenous_branch', {
    family: 'saphenous-provocation',
    positive: expert(2.5, 'tenderness over the infrapatellar branch, no accuracy data'),
    negative: expert(0.7, 'no accuracy data'),
  }),
  ...forEach(SNE, 'exam.palpation.medial_retinaculum', {
    family: 'saphenous-provocation',
    positive: expert(1.3, `medial tenderness overlaps with PFP (${SRC.herman2018})`),
  }),
  ...forEach(SNE, 'exam.tests.saphenous_tension', {
    family: 'saphenous-neurodynamic',
    positive: expert(2.5, 'nerve tension test, no accuracy data'),
    negative: expert(0.6, 'no accuracy data'),
  }),
  ...forEach(SNE, 'exam.tests.saphenous_block_relief', {
    family: 'saphenous-block',
    positive: expert(6.0, 'diagnostic block, case series only'),
    negative: expert(0.3, 'diagnostic block, case series only'),
  }),
  ...forEach(SNE, 'exam.neuro.medialKneeSensation=reduced', {
    family: 'saphenous-sensory',
    positive: expert(3.0, 'sensory change in infrapatellar/saphenous territory'),
  }),
  ...forEach(SNE, 'exam.neuro.medialKneeSensation=normal', {
    family: 'saphenous-sensory',
    positive: expert(0.7, 'normal sensation does not exclude entrapment'),
  }),
  ...forEach(FNI, 'exam.tests.prone_knee_bend', {
    family: 'neurodynamic',
    positive: expert(3.0, 'femoral nerve tension test, sensitivity and specificity unknown'),
    negative: expert(0.5, 'sensitivity and specificity unknown'),
  }),
  ...forEach(FNI, 'exam.tests.femoral_slump', {
    family: 'neurodynamic',
    positive: expert(
      2.5,
      `specificity >0.75 in non-neural knee pain (${SRC.lai2012}); sensitivity unknown`,
    ),
    negative: expert(0.6, 'sensitivity unknown'),
  }),
  ...forEach(FNI, 'exam.tests.slump_knee_bend', {
    family: 'neurodynamic',
    positive: expert(2.0, 'a femoral neurodynamic position; validated for roots, not the nerve'),
    negative: expert(0.7, 'validated for roots, not the nerve'),
  }),
  ...forEach(FNI, 'exam.palpation.femoral_triangle', {
    family: 'femoral-palpation',
    positive: expert(2.0, 'nerve tenderness in the femoral triangle, no accuracy data'),
    negative: expert(0.8, 'no accuracy data'),
  }),
  ...forEach(LRP, 'exam.tests.slump_knee_bend', {
    family: 'neurodynamic',
    positive: published(5.9, `${SRC.trainor2011}: sens 1.00, spec 0.83`, {
      sensitivity: 1.0,
      specificity: 0.83,
    }),
    negative: published(
      0.12,
      `${SRC.trainor2011}: LR− ≈0 (4/4 detected); 0.5 continuity correction gives 0.12`,
      {
        sensitivity: 4.5 / 5,
        specificity: 10.5 / 13,
      },
    ),
  }),
  ...forEach(LRP, 'exam.tests.femoral_slump', {
    family: 'neurodynamic',
    positive: expert(2.0, 'femoral neurodynamic test for L2–L4 roots, accuracy unknown'),
    negative: expert(0.7, 'accuracy unknown'),
  }),
  ...forEach(LRP, 'exam.tests.prone_knee_bend', {
    family: 'neurodynamic',
    positive: expert(1.5, 'accuracy unknown; the 88% figure is unsourced and not used'),
    negative: expert(0.8, 'accuracy unknown'),
  }),
  ...forEach(LRP, 'exam.tests.slump', {
    family: 'neurodynamic',
    positive: published(1.11, `${SRC.ekedahl2018}: sens 0.70, spec 0.37`, {
      sensitivity: 0.7,
      specificity: 0.37,
    }),
    negative: published(0.81, `${SRC.ekedahl2018}: sens 0.70, spec 0.37`, {
      sensitivity: 0.7,
      specificity: 0.37,
    }),
  }),
];

import type { ConditionId } from '@stride/exam-schema';

import type { Likelihood } from './likelihood';
import { expert, forEach } from './likelihood';
import { SRC } from './sources';

const LRP: readonly ConditionId[] = ['lumbar_referred_pain'];
const HRP: readonly ConditionId[] = ['hip_referred_pain'];
const SCREEN = 'standard L3/L4 screen, no accuracy data found';

/** Hip tests were studied for intra-articular hip pathology, never in knee-pain patients. */
export const lumbarHipLikelihoods: readonly Likelihood[] = [
  ...forEach(HRP, 'exam.tests.faber', {
    family: 'hip-provocation',
    positive: expert(
      1.5,
      `sens 0.72–0.91 for FAI/labral pathology, specificity unpublished (${SRC.scand2017})`,
    ),
    negative: expert(0.5, `a negative FABER helps rule out hip pathology (${SRC.scand2017})`),
  }),
  ...forEach(HRP, 'exam.tests.fadir', {
    family: 'hip-provocation',
    positive: expert(1.2, `sens 0.99 but poor specificity (${SRC.reiman2013})`),
    negative: expert(0.3, `sens 0.99 (${SRC.reiman2013}); specificity unpublished`),
  }),
  ...forEach(HRP, 'exam.tests.hip_scour', {
    family: 'hip-provocation',
    positive: expert(1.8, 'no accuracy data'),
    negative: expert(0.7, 'no accuracy data'),
  }),
  ...forEach(HRP, 'exam.mobility.hipInternalRotationDeg:low', {
    family: 'hip-mobility',
    positive: expert(
      1.5,
      'restricted hip internal rotation suggests an intra-articular hip source',
    ),
  }),
  ...forEach(LRP, 'exam.neuro.patellarReflex=reduced', {
    family: 'neuro-deficit',
    positive: expert(3.0, SCREEN),
  }),
  ...forEach(LRP, 'exam.neuro.patellarReflex=absent', {
    family: 'neuro-deficit',
    positive: expert(4.0, SCREEN),
  }),
  ...forEach(LRP, 'exam.neuro.patellarReflex=normal', {
    family: 'neuro-deficit',
    positive: expert(0.8, SCREEN),
  }),
  ...forEach(LRP, 'exam.neuro.quadricepsWeakness', {
    family: 'neuro-deficit',
    positive: expert(2.0, SCREEN),
    negative: expert(0.9, SCREEN),
  }),
  ...forEach(LRP, 'exam.neuro.l3DermatomeSensation=reduced', {
    family: 'neuro-deficit',
    positive: expert(3.0, SCREEN),
  }),
  ...forEach(LRP, 'exam.neuro.l3DermatomeSensation=normal', {
    family: 'neuro-deficit',
    positive: expert(0.9, SCREEN),
  }),
  ...forEach(LRP, 'exam.neuro.l4DermatomeSensation=reduced', {
    family: 'neuro-deficit',
    positive: expert(3.0, SCREEN),
  }),
  ...forEach(LRP, 'exam.neuro.l4DermatomeSensation=normal', {
    family: 'neuro-deficit',
    positive: expert(0.9, SCREEN),
  }),
  ...forEach(LRP, 'exam.neuro.medialKneeSensation=reduced', {
    family: 'neuro-deficit',
    positive: expert(1.3, 'the medial knee is also L3 territory'),
  }),
  ...forEach(LRP, 'history.backPain', {
    family: 'back-pain',
    positive: expert(2.5, 'concurrent back pain points to a lumbar source'),
    negative: expert(0.5, 'no back pain makes a lumbar source less likely'),
  }),
  ...forEach(HRP, 'history.backPain', {
    family: 'back-pain',
    positive: expert(1.2, 'back and buttock pain overlap with hip sources'),
  }),
];

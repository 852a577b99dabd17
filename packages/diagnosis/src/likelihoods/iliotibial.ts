import type { ConditionId } from '@stride/exam-schema';

import type { Likelihood } from './likelihood';
import { expert, forEach } from './likelihood';
import { SRC } from './sources';

const ITBS: readonly ConditionId[] = ['iliotibial_band_syndrome'];

/**
 * No ITB test has published accuracy (research.md §1.3). Tenderness over the lateral
 * epicondyle is the key sign, so its absence argues hard against ITBS; Ober barely separates.
 */
export const iliotibialLikelihoods: readonly Likelihood[] = [
  ...forEach(ITBS, 'exam.palpation.lateral_femoral_epicondyle', {
    family: 'itb-provocation',
    positive: expert(4.0, `the key sign, no accuracy data (${SRC.bmjItbs})`),
    negative: expert(0.25, `key sign absent (${SRC.bmjItbs})`),
  }),
  ...forEach(ITBS, 'exam.tests.noble_compression', {
    family: 'itb-provocation',
    positive: expert(3.0, 'pressure over the epicondyle at 30° flexion; no validity studies'),
    negative: expert(0.5, 'no validity studies'),
  }),
  ...forEach(ITBS, 'exam.tests.renne', {
    family: 'itb-provocation',
    positive: expert(2.5, 'no accuracy data'),
    negative: expert(0.6, 'no accuracy data'),
  }),
  ...forEach(ITBS, 'exam.palpation.lateral_joint_line', {
    family: 'itb-provocation',
    positive: expert(0.6, 'joint-line tenderness points to the lateral meniscus, not the ITB'),
  }),
  ...forEach(ITBS, 'exam.tests.ober', {
    family: 'itb-tightness',
    positive: expert(
      1.2,
      `ITBS differed from controls by 1.2°, below the MDC (${SRC.noehren2014})`,
    ),
    negative: expert(0.9, `barely discriminates (${SRC.noehren2014})`),
  }),
  ...forEach(ITBS, 'exam.tests.modified_thomas', {
    family: 'itb-tightness',
    positive: expert(1.3, `listed as a key factor, no accuracy data (${SRC.bmjItbs})`),
    negative: expert(0.9, 'no accuracy data'),
  }),
];

import type { ConditionId, PriorProfile } from '@stride/exam-schema';

import { buildTable, meanOf } from './build-table';

const female: Readonly<Record<ConditionId, number>> = {
  saphenous_nerve_entrapment: 0.34,
  patellofemoral_malalignment: 0.18,
  chondromalacia_patellae: 0.1,
  femoral_nerve_irritation: 0.12,
  iliotibial_band_syndrome: 0.02,
  patellar_tendinopathy: 0.05,
  pes_anserine_bursitis: 0.07,
  medial_meniscus_tear: 0.05,
  lumbar_referred_pain: 0.05,
  hip_referred_pain: 0.02,
};

const male: Readonly<Record<ConditionId, number>> = {
  saphenous_nerve_entrapment: 0.24,
  patellofemoral_malalignment: 0.22,
  chondromalacia_patellae: 0.16,
  femoral_nerve_irritation: 0.12,
  iliotibial_band_syndrome: 0.02,
  patellar_tendinopathy: 0.08,
  pes_anserine_bursitis: 0.04,
  medial_meniscus_tear: 0.05,
  lumbar_referred_pain: 0.05,
  hip_referred_pain: 0.02,
};

const CITATION = "priors.md, clinic-method column: the founding clinic's stated view (method.md)";

/** The founding clinic's view, sex-specific; expert-set starting values, not study results. */
// `sexSpecific: true` in the type lets `startingPriors('clinic-method')` be typed per sex.
export const clinicMethodProfile: PriorProfile & { readonly sexSpecific: true } = {
  id: 'clinic-method',
  version: 1,
  label: 'Clinic method',
  description:
    "The founding clinic's view: saphenous entrapment most common, ITBS rare and over-diagnosed.",
  sexSpecific: true,
  bySex: {
    female: buildTable(female, {
      source: 'expert-set',
      citation: `${CITATION}, female`,
      setBy: 'founding clinic',
    }),
    male: buildTable(male, {
      source: 'expert-set',
      citation: `${CITATION}, male`,
      setBy: 'founding clinic',
    }),
    other: buildTable(meanOf(female, male), {
      source: 'expert-set',
      citation: `${CITATION}, mean of female and male`,
      setBy: 'founding clinic',
    }),
  },
};

import type { ConditionId, PainRegion } from '@stride/exam-schema';

import type { TableRow } from './from-table';
import type { Likelihood, Weight } from './likelihood';
import { fromTable } from './from-table';
import { expert } from './likelihood';

const WHY = 'typical pain region (research.md §1)';

/** Where the patient points; `diffuse` is uninformative and carries no weight. */
const regionTable: Partial<Record<PainRegion, TableRow>> = {
  anterior_patella: {
    why: WHY,
    weights: {
      patellofemoral_malalignment: 2.5,
      chondromalacia_patellae: 2.5,
      femoral_nerve_irritation: 1.3,
      patellar_tendinopathy: 1.3,
    },
  },
  retropatellar: {
    why: WHY,
    weights: { patellofemoral_malalignment: 2.5, chondromalacia_patellae: 2.5 },
  },
  inferior_pole: {
    why: WHY,
    weights: { patellar_tendinopathy: 3.0, saphenous_nerve_entrapment: 1.2 },
  },
  medial_knee: {
    why: WHY,
    weights: {
      saphenous_nerve_entrapment: 2.5,
      pes_anserine_bursitis: 1.5,
      medial_meniscus_tear: 1.5,
      patellofemoral_malalignment: 1.3,
      lumbar_referred_pain: 1.2,
    },
  },
  medial_joint_line: {
    why: WHY,
    weights: { medial_meniscus_tear: 3.0, saphenous_nerve_entrapment: 1.3 },
  },
  proximal_medial_tibia: {
    why: WHY,
    weights: { pes_anserine_bursitis: 3.0, saphenous_nerve_entrapment: 1.3 },
  },
  medial_thigh: {
    why: WHY,
    weights: { saphenous_nerve_entrapment: 2.0, femoral_nerve_irritation: 1.3 },
  },
  medial_leg: { why: WHY, weights: { saphenous_nerve_entrapment: 2.5, lumbar_referred_pain: 1.5 } },
  lateral_knee: { why: WHY, weights: { iliotibial_band_syndrome: 3.0 } },
  lateral_thigh: { why: WHY, weights: { iliotibial_band_syndrome: 2.0, hip_referred_pain: 1.3 } },
  anterior_thigh: {
    why: WHY,
    weights: { femoral_nerve_irritation: 3.0, lumbar_referred_pain: 2.0, hip_referred_pain: 1.5 },
  },
  groin: {
    why: WHY,
    weights: { hip_referred_pain: 3.0, femoral_nerve_irritation: 1.2, lumbar_referred_pain: 1.2 },
  },
  low_back: { why: WHY, weights: { lumbar_referred_pain: 2.5 } },
  buttock: { why: WHY, weights: { hip_referred_pain: 2.0, lumbar_referred_pain: 1.5 } },
  posterior_knee: { why: WHY, weights: { medial_meniscus_tear: 1.5 } },
};

export const painRegionLikelihoods: readonly Likelihood[] = fromTable(
  'history.painRegions',
  'pain-region',
  regionTable,
);

/** Applied once per condition when the patient points only to regions atypical of it. */
export const regionMissWeights: Readonly<Record<ConditionId, Weight>> = {
  saphenous_nerve_entrapment: expert(0.4, 'pain not in a saphenous region'),
  patellofemoral_malalignment: expert(0.4, 'pain not around or behind the patella'),
  chondromalacia_patellae: expert(0.4, 'pain not around or behind the patella'),
  femoral_nerve_irritation: expert(0.5, 'pain not in femoral nerve territory'),
  iliotibial_band_syndrome: expert(0.2, 'no lateral knee or thigh pain'),
  patellar_tendinopathy: expert(0.3, 'pain not at the inferior pole'),
  pes_anserine_bursitis: expert(0.3, 'pain not over the proximal medial tibia'),
  medial_meniscus_tear: expert(0.4, 'pain not at the medial joint line'),
  lumbar_referred_pain: expert(0.6, 'pain not in a lumbar referral pattern'),
  hip_referred_pain: expert(0.5, 'no groin, buttock or thigh pain'),
};

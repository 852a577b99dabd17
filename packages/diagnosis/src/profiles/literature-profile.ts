import type { PriorProfile } from '@stride/exam-schema';

import { buildTable } from './build-table';

/** Mainstream epidemiology (research.md §2.1), the same for every sex. */
const table = buildTable(
  {
    saphenous_nerve_entrapment: 0.02,
    patellofemoral_malalignment: 0.4,
    chondromalacia_patellae: 0.06,
    femoral_nerve_irritation: 0.02,
    iliotibial_band_syndrome: 0.2,
    patellar_tendinopathy: 0.1,
    pes_anserine_bursitis: 0.04,
    medial_meniscus_tear: 0.07,
    lumbar_referred_pain: 0.06,
    hip_referred_pain: 0.03,
  },
  {
    source: 'expert-set',
    citation:
      'priors.md, literature column, set from research.md §2.1 (PFP most common, ITBS second, saphenous rare)',
    setBy: 'Stride clinical research',
  },
);

export const literatureProfile: PriorProfile & { readonly sexSpecific: false } = {
  id: 'literature',
  version: 1,
  label: 'Literature',
  description:
    'Mainstream epidemiology: patellofemoral pain most common, ITBS second, saphenous entrapment rare.',
  sexSpecific: false,
  bySex: { female: table, male: table, other: table },
};

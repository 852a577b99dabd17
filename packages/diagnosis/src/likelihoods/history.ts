import type { Aggravator, MechanicalSymptom, PainQuality } from '@stride/exam-schema';

import type { TableRow } from './from-table';
import type { Likelihood } from './likelihood';
import { fromTable } from './from-table';
import { expert, forEach } from './likelihood';
import { SRC } from './sources';

const PF = { patellofemoral_malalignment: 1.5, chondromalacia_patellae: 1.5 } as const;
const NEURO = 'neuropathic descriptor';

const qualityTable: Partial<Record<PainQuality, TableRow>> = {
  sharp: {
    why: `sharp lateral pain (${SRC.bmjItbs}) or a mechanical tear`,
    weights: { iliotibial_band_syndrome: 1.3, medial_meniscus_tear: 1.3 },
  },
  burning: {
    why: NEURO,
    weights: {
      saphenous_nerve_entrapment: 2.0,
      femoral_nerve_irritation: 1.5,
      lumbar_referred_pain: 1.3,
      iliotibial_band_syndrome: 1.2,
    },
  },
  tingling: {
    why: NEURO,
    weights: {
      saphenous_nerve_entrapment: 2.0,
      femoral_nerve_irritation: 2.0,
      lumbar_referred_pain: 1.8,
    },
  },
  numbness: {
    why: NEURO,
    weights: {
      saphenous_nerve_entrapment: 2.0,
      lumbar_referred_pain: 2.0,
      femoral_nerve_irritation: 1.5,
    },
  },
  electric: {
    why: NEURO,
    weights: {
      femoral_nerve_irritation: 2.5,
      lumbar_referred_pain: 1.8,
      saphenous_nerve_entrapment: 1.5,
    },
  },
};

/** Plain `running` is left out: every runner here hurts when running. */
const aggravatorTable: Partial<Record<Aggravator, TableRow>> = {
  running_fixed_distance: {
    why: `starts a predictable distance into a run (${SRC.bmjItbs})`,
    weights: { iliotibial_band_syndrome: 3.0 },
  },
  downhill_running: {
    why: `downhill running (${SRC.bmjItbs}; ${SRC.esculier})`,
    weights: {
      iliotibial_band_syndrome: 2.0,
      patellofemoral_malalignment: 1.3,
      chondromalacia_patellae: 1.3,
    },
  },
  sprinting: {
    why: 'energy storage and hip extension load',
    weights: { patellar_tendinopathy: 1.5, femoral_nerve_irritation: 1.5 },
  },
  long_strides: {
    why: `long strides (${SRC.bmjItbs}); hip extension stretches the femoral nerve`,
    weights: { iliotibial_band_syndrome: 1.5, femoral_nerve_irritation: 1.5 },
  },
  stairs_up: {
    why: `stair climbing (${SRC.statpearlsPes})`,
    weights: {
      pes_anserine_bursitis: 2.0,
      patellofemoral_malalignment: 1.3,
      chondromalacia_patellae: 1.3,
      patellar_tendinopathy: 1.2,
    },
  },
  stairs_down: {
    why: `patellofemoral and tendon loading (${SRC.esculier})`,
    weights: { ...PF, patellar_tendinopathy: 1.5, saphenous_nerve_entrapment: 1.3 },
  },
  squatting: {
    why: 'loaded knee flexion',
    weights: { ...PF, patellar_tendinopathy: 1.3, medial_meniscus_tear: 1.3 },
  },
  prolonged_sitting: {
    why: `sitting aggravates PFP and saphenous pain (${SRC.herman2018})`,
    weights: { ...PF, saphenous_nerve_entrapment: 1.5, iliotibial_band_syndrome: 1.2 },
  },
  kneeling: {
    why: `pain with kneeling, sens 0.84 (${SRC.nunes})`,
    weights: { ...PF, patellar_tendinopathy: 1.3 },
  },
  jumping: { why: 'energy-storage loading of the tendon', weights: { patellar_tendinopathy: 3.0 } },
  rising_from_chair: {
    why: `rising from a chair (${SRC.statpearlsPes})`,
    weights: {
      pes_anserine_bursitis: 2.0,
      patellofemoral_malalignment: 1.3,
      chondromalacia_patellae: 1.3,
    },
  },
  crossing_legs: {
    why: `pressure on the inner knee provokes it (${SRC.herman2018})`,
    weights: { saphenous_nerve_entrapment: 3.0, pes_anserine_bursitis: 1.5 },
  },
  twisting: { why: 'twisting load on the meniscus', weights: { medial_meniscus_tear: 2.5 } },
  hip_extension_stretch: {
    why: 'hip extension tensions the femoral nerve',
    weights: { femoral_nerve_irritation: 3.0, lumbar_referred_pain: 1.5, hip_referred_pain: 1.3 },
  },
};

const mechanicalTable: Partial<Record<MechanicalSymptom, TableRow>> = {
  locking: {
    why: 'true locking suggests a displaced tear',
    weights: { medial_meniscus_tear: 3.0 },
  },
  catching: {
    why: 'catching',
    weights: { medial_meniscus_tear: 2.0, patellofemoral_malalignment: 1.2 },
  },
  giving_way: {
    why: 'giving way',
    weights: { medial_meniscus_tear: 1.5, patellofemoral_malalignment: 1.5 },
  },
  swelling: {
    why: 'reported swelling',
    weights: { medial_meniscus_tear: 1.8, chondromalacia_patellae: 1.3 },
  },
};

export const historyLikelihoods: readonly Likelihood[] = [
  ...fromTable('history.painQualities', 'pain-quality', qualityTable),
  ...fromTable('history.aggravators', 'aggravator', aggravatorTable),
  ...fromTable('history.mechanicalSymptoms', 'mechanical-symptom', mechanicalTable),
  ...fromTable('history.onset', 'onset', {
    sudden: { why: 'sudden onset suggests a tear', weights: { medial_meniscus_tear: 2.5 } },
    insidious: {
      why: 'gradual onset is less typical of a tear',
      weights: { medial_meniscus_tear: 0.7 },
    },
  }),
  ...fromTable('exam.effusion', 'effusion', {
    none: { why: 'no effusion', weights: { medial_meniscus_tear: 0.7 } },
    trace: {
      why: 'small effusion with a cartilage lesion',
      weights: { chondromalacia_patellae: 1.3 },
    },
    moderate: {
      why: 'effusion',
      weights: { medial_meniscus_tear: 2.0, chondromalacia_patellae: 1.3 },
    },
    large: { why: 'large effusion', weights: { medial_meniscus_tear: 2.0 } },
  }),
  ...forEach(['saphenous_nerve_entrapment'], 'history.nightPain', {
    family: 'night-pain',
    positive: expert(1.5, `night pain in two-thirds of one series (${SRC.herman2018})`),
    negative: expert(0.7, 'a third have no night pain'),
  }),
  ...forEach(['pes_anserine_bursitis'], 'history.nightPain', {
    family: 'night-pain',
    positive: expert(1.5, `worse at night (${SRC.statpearlsPes})`),
  }),
  ...fromTable('history.priorCareFailed', 'prior-care', {
    patellofemoral_program: {
      why: `consider saphenous neuropathy when PFP care fails despite adherence (${SRC.herman2018})`,
      weights: {
        saphenous_nerve_entrapment: 2.0,
        chondromalacia_patellae: 1.3,
        patellofemoral_malalignment: 0.7,
      },
    },
  }),
  ...forEach(['iliotibial_band_syndrome'], 'history.recentLoadIncreasePct:high', {
    family: 'training-load',
    positive: expert(1.5, `rapid mileage increase is a risk factor (${SRC.bmjItbs})`),
  }),
  ...forEach(
    ['patellofemoral_malalignment', 'chondromalacia_patellae'],
    'history.recentLoadIncreasePct:high',
    {
      family: 'training-load',
      positive: expert(1.3, `PFP often follows a rise in mileage (${SRC.esculier})`),
    },
  ),
  ...forEach(['lumbar_referred_pain', 'pes_anserine_bursitis'], 'patient.ageYears:older', {
    family: 'age',
    positive: expert(1.5, 'more common from middle age'),
  }),
  ...forEach(['medial_meniscus_tear'], 'patient.ageYears:older', {
    family: 'age',
    positive: expert(1.3, 'degenerative tears rise with age'),
  }),
  ...forEach(['patellar_tendinopathy'], 'patient.ageYears:younger', {
    family: 'age',
    positive: expert(1.3, 'mostly 15–30-year-old athletes'),
  }),
];

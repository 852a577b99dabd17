import type { ConditionId, Side } from '@stride/exam-schema';

/** ICD-10-CM codes by laterality (research.md §6.1); `verified: false` needs a coder's review. */
export interface Icd10Codes {
  readonly right: string;
  readonly left: string;
  readonly bilateral?: string;
  readonly unspecified: string;
  readonly verified: boolean;
  readonly note?: string;
}

export const icd10Codes: Readonly<Record<ConditionId, Icd10Codes>> = {
  patellofemoral_malalignment: {
    right: 'M22.2X1',
    left: 'M22.2X2',
    unspecified: 'M22.2X9',
    verified: true,
  },
  chondromalacia_patellae: {
    right: 'M22.41',
    left: 'M22.42',
    unspecified: 'M22.40',
    verified: true,
  },
  iliotibial_band_syndrome: {
    right: 'M76.31',
    left: 'M76.32',
    unspecified: 'M76.30',
    verified: true,
  },
  femoral_nerve_irritation: {
    right: 'G57.21',
    left: 'G57.22',
    bilateral: 'G57.23',
    unspecified: 'G57.20',
    verified: true,
  },
  saphenous_nerve_entrapment: {
    right: 'G57.81',
    left: 'G57.82',
    bilateral: 'G57.83',
    unspecified: 'G57.80',
    verified: false,
    note: 'No saphenous-specific code; G57.8- (other specified mononeuropathies) per the index, to be confirmed',
  },
  patellar_tendinopathy: { right: 'M76.51', left: 'M76.52', unspecified: 'M76.50', verified: true },
  pes_anserine_bursitis: {
    right: 'M70.51',
    left: 'M70.52',
    unspecified: 'M70.50',
    verified: false,
    note: 'Mapping pes anserine to M70.5- (other bursitis of knee) to be confirmed',
  },
  medial_meniscus_tear: {
    right: 'M23.221',
    left: 'M23.222',
    unspecified: 'M23.229',
    verified: false,
    note: 'Old tear of the posterior horn shown; a current tear is S83.24- with a 7th character',
  },
  lumbar_referred_pain: {
    right: 'M54.16',
    left: 'M54.16',
    unspecified: 'M54.16',
    verified: true,
    note: 'Radiculopathy, lumbar region; not lateralised',
  },
  hip_referred_pain: {
    right: 'M25.551',
    left: 'M25.552',
    unspecified: 'M25.559',
    verified: false,
    note: 'Pain in hip; unverified',
  },
};

/** The code to bill for a condition on a side; bilateral falls back to unspecified if none exists. */
export function icd10For(condition: ConditionId, side: Side | undefined): string {
  const codes = icd10Codes[condition];
  switch (side) {
    case 'right':
      return codes.right;
    case 'left':
      return codes.left;
    case 'bilateral':
      return codes.bilateral ?? codes.unspecified;
    case undefined:
      return codes.unspecified;
  }
}

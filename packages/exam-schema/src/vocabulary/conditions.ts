import type { IdsOf } from './define-vocabulary';
import { idsOf, labelsOf } from './define-vocabulary';

/** The clinic's five causes first (method.md), then the differentials it rules out. */
export const conditions = [
  {
    id: 'chondromalacia_patellae',
    label: 'Chondromalacia patellae',
    group: 'clinic_cause',
    hint: 'Cartilage softening under the kneecap; imaging needed to confirm',
  },
  {
    id: 'patellofemoral_malalignment',
    label: 'Patellofemoral malalignment',
    group: 'clinic_cause',
    hint: 'Poorly controlled femoral internal rotation drives the patella laterally',
  },
  { id: 'iliotibial_band_syndrome', label: 'Iliotibial band syndrome', group: 'clinic_cause' },
  {
    id: 'femoral_nerve_irritation',
    label: 'Femoral nerve irritation',
    group: 'clinic_cause',
    hint: 'Neural mechanosensitivity from repeated quick stretches',
  },
  {
    id: 'saphenous_nerve_entrapment',
    label: 'Saphenous nerve entrapment',
    group: 'clinic_cause',
    hint: 'Including the infrapatellar branch',
  },
  { id: 'patellar_tendinopathy', label: 'Patellar tendinopathy', group: 'differential' },
  { id: 'pes_anserine_bursitis', label: 'Pes anserine bursitis', group: 'differential' },
  { id: 'medial_meniscus_tear', label: 'Medial meniscus tear', group: 'differential' },
  { id: 'lumbar_referred_pain', label: 'Lumbar referred pain (L3/L4)', group: 'differential' },
  { id: 'hip_referred_pain', label: 'Hip referred pain', group: 'differential' },
] as const;

export type ConditionId = IdsOf<typeof conditions>;
export const conditionIds = idsOf(conditions);
export const conditionLabels = labelsOf(conditions);

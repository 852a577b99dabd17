import type { Likelihood } from './likelihood';
import { fromTable } from './from-table';
import { expert, forEach } from './likelihood';
import { SRC } from './sources';

/**
 * Running mechanics raise injury odds more than they name a diagnosis (research.md §3.2),
 * so each weighs little and the family counts only its strongest.
 */
export const mechanicsLikelihoods: readonly Likelihood[] = [
  ...forEach(['patellofemoral_malalignment'], 'gait.contralateralPelvicDropDeg:high', {
    family: 'mechanics',
    positive: expert(1.4, `each 1° more CPD, 80% higher odds of injury (${SRC.bramah2018})`),
  }),
  ...forEach(['iliotibial_band_syndrome'], 'gait.contralateralPelvicDropDeg:high', {
    family: 'mechanics',
    positive: expert(1.3, `CPD raised in PFP and ITBS groups (${SRC.bramah2018})`),
  }),
  ...forEach(['patellofemoral_malalignment'], 'gait.peakHipAdductionDeg:high', {
    family: 'mechanics',
    positive: expert(1.5, `hip adduction predicts PFP prospectively (${SRC.noehren2013})`),
  }),
  ...forEach(['iliotibial_band_syndrome'], 'gait.peakHipAdductionDeg:high', {
    family: 'mechanics',
    positive: expert(1.5, `greater hip adduction before ITBS (${SRC.aderem2015})`),
  }),
  ...forEach(['patellofemoral_malalignment'], 'exam.singleLegSquatFppaDeg:high', {
    family: 'mechanics',
    positive: expert(1.8, `PFP 16.8° vs controls 8.4° (${SRC.herrington})`),
  }),
  ...forEach(['patellofemoral_malalignment'], 'gait.tibiaInclinationAtContactDeg:high', {
    family: 'mechanics',
    positive: expert(1.2, 'overstride raises patellofemoral load'),
  }),
  ...forEach(['femoral_nerve_irritation'], 'gait.tibiaInclinationAtContactDeg:high', {
    family: 'mechanics',
    positive: expert(1.5, 'overstride: repeated quick stretches of the nerve (method.md)'),
  }),
  ...forEach(['femoral_nerve_irritation'], 'gait.kneeFlexionAtContactDeg:low', {
    family: 'mechanics',
    positive: expert(1.3, `extended knee at contact (${SRC.bramah2018}; method.md)`),
  }),
  ...forEach(['patellofemoral_malalignment'], 'gait.kneeFlexionAtContactDeg:low', {
    family: 'mechanics',
    positive: expert(1.2, `injured runners land with a more extended knee (${SRC.bramah2018})`),
  }),
  ...forEach(['patellofemoral_malalignment', 'femoral_nerve_irritation'], 'gait.cadenceSpm:low', {
    family: 'mechanics',
    positive: expert(1.2, `low step rate raises patellofemoral load (${SRC.lenhart2014})`),
  }),
  ...forEach(
    ['patellofemoral_malalignment', 'iliotibial_band_syndrome'],
    'exam.strength.hipAbductionNmPerKg:low',
    {
      family: 'mechanics',
      positive: expert(1.3, 'hip control is the lever (method.md)'),
    },
  ),
  ...forEach(['patellofemoral_malalignment'], 'exam.strength.hipExternalRotationNmPerKg:low', {
    family: 'mechanics',
    positive: expert(1.3, 'poorly controlled femoral internal rotation (method.md)'),
  }),
  ...forEach(['iliotibial_band_syndrome'], 'gait.crossoverGait', {
    family: 'mechanics',
    positive: expert(1.5, 'narrow step width loads the lateral hip and ITB'),
  }),
  ...fromTable('gait.dynamicKneeValgus', 'mechanics', {
    mild: {
      why: 'knee collapses inward (method.md); 2D running valgus is unreliable',
      weights: { patellofemoral_malalignment: 1.2, saphenous_nerve_entrapment: 1.2 },
    },
    marked: {
      why: 'knee collapses inward (method.md); 2D running valgus is unreliable',
      weights: { patellofemoral_malalignment: 1.5, saphenous_nerve_entrapment: 1.5 },
    },
  }),
];

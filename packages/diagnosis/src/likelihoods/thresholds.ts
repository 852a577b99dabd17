import type { StrideCase } from '@stride/exam-schema';

/**
 * Cut-offs that turn a measurement into a finding. No absolute normal values were found
 * for most (research.md §3.2, §7 item 5): these are clinician-set and editable here.
 */
export interface Threshold {
  readonly match: string;
  readonly op: 'below' | 'above' | 'atLeast' | 'atMost';
  readonly value: number;
  readonly read: (input: StrideCase) => number | undefined;
  /** The contributing factor it names, if it is one (gait, strength, mobility, load). */
  readonly factor?: string;
}

export const thresholds: readonly Threshold[] = [
  {
    match: 'exam.strength.hipAbductionNmPerKg:low',
    op: 'below',
    value: 1.2,
    read: (c) => c.exam?.strength?.hipAbductionNmPerKg,
    factor: 'hip abductor weakness',
  },
  {
    match: 'exam.strength.hipExternalRotationNmPerKg:low',
    op: 'below',
    value: 0.5,
    read: (c) => c.exam?.strength?.hipExternalRotationNmPerKg,
    factor: 'hip external rotator weakness',
  },
  {
    match: 'exam.strength.quadricepsNmPerKg:low',
    op: 'below',
    value: 2.0,
    read: (c) => c.exam?.strength?.quadricepsNmPerKg,
    factor: 'quadriceps weakness',
  },
  {
    match: 'gait.cadenceSpm:low',
    op: 'below',
    value: 165,
    read: (c) => c.gait?.cadenceSpm,
    factor: 'low cadence',
  },
  {
    match: 'gait.tibiaInclinationAtContactDeg:high',
    op: 'above',
    value: 7,
    read: (c) => c.gait?.tibiaInclinationAtContactDeg,
    factor: 'overstride',
  },
  {
    match: 'gait.kneeFlexionAtContactDeg:low',
    op: 'below',
    value: 10,
    read: (c) => c.gait?.kneeFlexionAtContactDeg,
    factor: 'extended knee at initial contact',
  },
  {
    match: 'gait.contralateralPelvicDropDeg:high',
    op: 'above',
    value: 6,
    read: (c) => c.gait?.contralateralPelvicDropDeg,
    factor: 'contralateral pelvic drop',
  },
  {
    match: 'gait.peakHipAdductionDeg:high',
    op: 'above',
    value: 12,
    read: (c) => c.gait?.peakHipAdductionDeg,
    factor: 'excessive hip adduction',
  },
  {
    match: 'exam.singleLegSquatFppaDeg:high',
    op: 'atLeast',
    value: 13,
    read: (c) => c.exam?.singleLegSquatFppaDeg,
    factor: 'knee valgus on single-leg squat',
  },
  {
    match: 'gait.peakTibialAccelerationG:high',
    op: 'above',
    value: 8,
    read: (c) => c.gait?.peakTibialAccelerationG,
    factor: 'high tibial shock',
  },
  {
    match: 'gait.rearfootEversionDeg:high',
    op: 'above',
    value: 12,
    read: (c) => c.gait?.rearfootEversionDeg,
    factor: 'excessive rearfoot eversion',
  },
  {
    match: 'exam.mobility.ankleDorsiflexionKneeToWallCm:low',
    op: 'below',
    value: 9,
    read: (c) => c.exam?.mobility?.ankleDorsiflexionKneeToWallCm,
    factor: 'limited ankle dorsiflexion',
  },
  {
    match: 'exam.mobility.hipInternalRotationDeg:low',
    op: 'below',
    value: 25,
    read: (c) => c.exam?.mobility?.hipInternalRotationDeg,
    factor: 'limited hip internal rotation',
  },
  {
    match: 'history.recentLoadIncreasePct:high',
    op: 'atLeast',
    value: 30,
    read: (c) => c.history?.recentLoadIncreasePct,
    factor: 'rapid training load increase',
  },
  { match: 'patient.ageYears:older', op: 'atLeast', value: 45, read: (c) => c.patient?.ageYears },
  { match: 'patient.ageYears:younger', op: 'atMost', value: 30, read: (c) => c.patient?.ageYears },
];

export function crosses(threshold: Threshold, value: number): boolean {
  switch (threshold.op) {
    case 'below':
      return value < threshold.value;
    case 'above':
      return value > threshold.value;
    case 'atLeast':
      return value >= threshold.value;
    case 'atMost':
      return value <= threshold.value;
  }
}

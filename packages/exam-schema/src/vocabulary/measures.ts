/** A numeric field: its label, unit and the range case-format.md allows. */
export interface Measure {
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly hint?: string;
}

export const patientMeasures = {
  ageYears: { label: 'Age', unit: 'years', min: 0, max: 120, integer: true },
} as const satisfies Record<string, Measure>;

export const historyMeasures = {
  durationWeeks: { label: 'Duration of symptoms', unit: 'weeks', min: 0, max: 520 },
  weeklyDistanceKm: { label: 'Weekly running distance', unit: 'km', min: 0, max: 400 },
  recentLoadIncreasePct: {
    label: 'Load change over the last 4 weeks',
    unit: '%',
    min: -100,
    max: 500,
  },
} as const satisfies Record<string, Measure>;

/** Gait-analysis metrics, in the order a sagittal then posterior video is read. */
export const gaitMeasures = {
  cadenceSpm: { label: 'Cadence', unit: 'steps/min', min: 100, max: 260 },
  contralateralPelvicDropDeg: {
    label: 'Contralateral pelvic drop at midstance',
    unit: '°',
    min: 0,
    max: 30,
  },
  peakHipAdductionDeg: { label: 'Peak hip adduction', unit: '°', min: -10, max: 40 },
  kneeFlexionAtContactDeg: { label: 'Knee flexion at initial contact', unit: '°', min: 0, max: 60 },
  tibiaInclinationAtContactDeg: {
    label: 'Tibia inclination at initial contact',
    unit: '°',
    min: -20,
    max: 40,
    hint: 'overstride indicator',
  },
  rearfootEversionDeg: { label: 'Peak rearfoot eversion', unit: '°', min: -20, max: 40 },
  peakTibialAccelerationG: { label: 'Peak tibial acceleration', unit: 'g', min: 0, max: 30 },
  verticalOscillationCm: { label: 'Vertical oscillation', unit: 'cm', min: 0, max: 30 },
  groundContactTimeMs: { label: 'Ground contact time', unit: 'ms', min: 100, max: 500 },
} as const satisfies Record<string, Measure>;

export const examMeasures = {
  singleLegSquatFppaDeg: {
    label: 'Single-leg squat frontal-plane projection angle',
    unit: '°',
    min: -20,
    max: 60,
  },
} as const satisfies Record<string, Measure>;

export const strengthMeasures = {
  hipAbductionNmPerKg: { label: 'Hip abduction', unit: 'N·m/kg', min: 0, max: 5 },
  hipExternalRotationNmPerKg: { label: 'Hip external rotation', unit: 'N·m/kg', min: 0, max: 5 },
  quadricepsNmPerKg: { label: 'Quadriceps', unit: 'N·m/kg', min: 0, max: 8 },
} as const satisfies Record<string, Measure>;

export const mobilityMeasures = {
  ankleDorsiflexionKneeToWallCm: {
    label: 'Ankle dorsiflexion (knee to wall)',
    unit: 'cm',
    min: 0,
    max: 25,
  },
  hipInternalRotationDeg: { label: 'Hip internal rotation', unit: '°', min: 0, max: 80 },
} as const satisfies Record<string, Measure>;

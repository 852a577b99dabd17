import type { ExamRecord, StrideCase } from '@stride/exam-schema';
import { examRecordToCase } from '@stride/exam-schema';

/**
 * The findings that add items to a plan. Cut-offs match the diagnosis engine's thresholds
 * (packages/diagnosis likelihoods/thresholds.ts) so the plan treats what the engine flagged.
 */
export const findingIds = [
  'cadence_low',
  'overstride',
  'pelvic_drop_high',
  'hip_adduction_high',
  'hip_abductor_weak',
  'hip_external_rotator_weak',
  'quadriceps_weak',
  'dorsiflexion_limited',
] as const;
export type FindingId = (typeof findingIds)[number];

interface FindingRule {
  readonly id: FindingId;
  readonly label: string;
  readonly unit: string;
  readonly op: 'below' | 'above';
  readonly cutoff: number;
  readonly read: (c: StrideCase) => number | undefined;
}

export const findingRules: readonly FindingRule[] = [
  {
    id: 'cadence_low',
    label: 'Cadence',
    unit: 'steps/min',
    op: 'below',
    cutoff: 165,
    read: (c) => c.gait?.cadenceSpm,
  },
  {
    id: 'overstride',
    label: 'Tibia inclination at contact (overstride)',
    unit: '°',
    op: 'above',
    cutoff: 7,
    read: (c) => c.gait?.tibiaInclinationAtContactDeg,
  },
  {
    id: 'pelvic_drop_high',
    label: 'Contralateral pelvic drop',
    unit: '°',
    op: 'above',
    cutoff: 6,
    read: (c) => c.gait?.contralateralPelvicDropDeg,
  },
  {
    id: 'hip_adduction_high',
    label: 'Peak hip adduction',
    unit: '°',
    op: 'above',
    cutoff: 12,
    read: (c) => c.gait?.peakHipAdductionDeg,
  },
  {
    id: 'hip_abductor_weak',
    label: 'Hip abduction strength',
    unit: 'N·m/kg',
    op: 'below',
    cutoff: 1.2,
    read: (c) => c.exam?.strength?.hipAbductionNmPerKg,
  },
  {
    id: 'hip_external_rotator_weak',
    label: 'Hip external rotation strength',
    unit: 'N·m/kg',
    op: 'below',
    cutoff: 0.5,
    read: (c) => c.exam?.strength?.hipExternalRotationNmPerKg,
  },
  {
    id: 'quadriceps_weak',
    label: 'Quadriceps strength',
    unit: 'N·m/kg',
    op: 'below',
    cutoff: 2.0,
    read: (c) => c.exam?.strength?.quadricepsNmPerKg,
  },
  {
    id: 'dorsiflexion_limited',
    label: 'Ankle dorsiflexion (knee to wall)',
    unit: 'cm',
    op: 'below',
    cutoff: 9,
    read: (c) => c.exam?.mobility?.ankleDorsiflexionKneeToWallCm,
  },
];

/** A finding as a plan cites it: what was measured and the cut-off it crossed. */
export interface Finding {
  readonly id: FindingId;
  readonly value: number;
  readonly text: string;
}

function crosses(rule: FindingRule, value: number): boolean {
  switch (rule.op) {
    case 'below':
      return value < rule.cutoff;
    case 'above':
      return value > rule.cutoff;
  }
}

/** Findings present in a flattened case (symptomatic side, or the worse of both). */
export function findingsOfCase(input: StrideCase): Finding[] {
  const found: Finding[] = [];
  for (const rule of findingRules) {
    const value = rule.read(input);
    if (value === undefined || !crosses(rule, value)) continue;
    const word = rule.op === 'below' ? 'below' : 'above';
    found.push({
      id: rule.id,
      value,
      text: `${rule.label} ${value}${rule.unit === '°' ? '' : ' '}${rule.unit} (${word} ${rule.cutoff})`,
    });
  }
  return found;
}

/** Findings of an exam record read on the diagnosed side (both sides: the worse value). */
export function findingsOfExam(
  record: ExamRecord,
  side: 'left' | 'right' | 'bilateral',
): Finding[] {
  return findingsOfCase(examRecordToCase({ ...record, symptomaticSide: side }));
}

import type { ExamRecord, SideGait } from '@stride/exam-schema';
import type { GaitMetricId } from '@stride/outcomes';

export type GaitSide = 'left' | 'right' | 'both';

export interface GaitValue {
  metric: GaitMetricId;
  /** Whole-body metrics (cadence, vertical oscillation) are `both`. */
  side: GaitSide;
  value: number;
}

/** exam-schema's per-limb gait fields, named as @stride/outcomes names the metrics. */
const SIDE_FIELDS: readonly [keyof SideGait, GaitMetricId][] = [
  ['contralateralPelvicDropDeg', 'contralateral_pelvic_drop'],
  ['peakHipAdductionDeg', 'peak_hip_adduction'],
  ['tibiaInclinationAtContactDeg', 'tibia_inclination'],
  ['kneeFlexionAtContactDeg', 'knee_flexion_initial_contact'],
  ['rearfootEversionDeg', 'rearfoot_eversion'],
  ['peakTibialAccelerationG', 'peak_tibial_acceleration'],
  ['groundContactTimeMs', 'ground_contact_time'],
];

/**
 * Every numeric gait measure in one exam record, flattened to (metric, side, value). The
 * single-leg squat angle lives in the knee exam but research.md §3.2 lists it with the gait
 * metrics, so it is compared with them.
 */
export function gaitValues(exam: ExamRecord): GaitValue[] {
  const out: GaitValue[] = [];
  const gait = exam.gait;
  if (gait?.cadenceSpm !== undefined)
    out.push({ metric: 'cadence', side: 'both', value: gait.cadenceSpm });
  if (gait?.verticalOscillationCm !== undefined)
    out.push({ metric: 'vertical_oscillation', side: 'both', value: gait.verticalOscillationCm });
  for (const side of ['left', 'right'] as const) {
    const limb = gait?.[side];
    for (const [field, metric] of SIDE_FIELDS) {
      const value = limb?.[field];
      if (typeof value === 'number') out.push({ metric, side, value });
    }
    const fppa = exam.exam?.[side]?.singleLegSquatFppaDeg;
    if (typeof fppa === 'number')
      out.push({ metric: 'knee_fppa_single_leg_squat', side, value: fppa });
  }
  return out;
}

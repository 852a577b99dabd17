import { z } from 'zod';

export const GAIT_METRIC_IDS = [
  'cadence',
  'step_length',
  'tibia_inclination',
  'contralateral_pelvic_drop',
  'peak_hip_adduction',
  'hip_internal_rotation',
  'knee_fppa_single_leg_squat',
  'knee_flexion_initial_contact',
  'rearfoot_eversion',
  'foot_inclination',
  'vertical_oscillation',
  'ground_contact_time',
  'peak_tibial_acceleration',
  'lateral_trunk_lean',
] as const;
export const gaitMetricIdSchema = z.enum(GAIT_METRIC_IDS);
export type GaitMetricId = z.output<typeof gaitMetricIdSchema>;

export const gaitMetricSchema = z.object({
  id: gaitMetricIdSchema,
  name: z.string(),
  unit: z.enum(['deg', 'steps_per_min', 'cm', 'ms', 'g']),
  /**
   * Smallest detectable difference for 2D video, as a published range. A change must be larger
   * than the top of the range to count as beyond measurement error (research.md §5.3 uses
   * "CPD change > 2.8°"). Null where research.md §3 gives no SDD.
   */
  sdd: z.object({ low: z.number(), high: z.number(), source: z.string() }).nullable(),
  /** Which way a change is a gain, where a deficit has a clear direction; null if it does not. */
  lowerIsBetter: z.boolean().nullable(),
  note: z.string(),
});
export type GaitMetric = z.output<typeof gaitMetricSchema>;

const DINGENEN = 'Dingenen et al., Phys Ther Sport 2018;33:40 [V] (research.md §3.2)';
const NO_SDD = 'research.md §3.2 gives no SDD for this metric.';

function metric(
  id: GaitMetricId,
  name: string,
  unit: GaitMetric['unit'],
  lowerIsBetter: boolean | null,
  note: string,
  sdd: GaitMetric['sdd'] = null,
): GaitMetric {
  return { id, name, unit, sdd, lowerIsBetter, note };
}

/** Every gait metric in research.md §3.2, with the SDD where one is published. */
export const GAIT_METRICS: Readonly<Record<GaitMetricId, GaitMetric>> = {
  cadence: metric('cadence', 'Cadence', 'steps_per_min', false, NO_SDD),
  step_length: metric('step_length', 'Step length', 'cm', null, NO_SDD),
  tibia_inclination: metric(
    'tibia_inclination',
    'Tibia inclination at initial contact (overstride)',
    'deg',
    true,
    'ICC 0.73–0.92.',
    { low: 2.2, high: 4.8, source: DINGENEN },
  ),
  contralateral_pelvic_drop: metric(
    'contralateral_pelvic_drop',
    'Contralateral pelvic drop at midstance',
    'deg',
    true,
    'ICC 0.59–0.77.',
    { low: 2.7, high: 2.8, source: DINGENEN },
  ),
  peak_hip_adduction: metric(
    'peak_hip_adduction',
    'Peak hip adduction',
    'deg',
    true,
    'ICC 0.82–0.89.',
    { low: 2.3, high: 3.8, source: DINGENEN },
  ),
  hip_internal_rotation: metric(
    'hip_internal_rotation',
    'Hip internal rotation',
    'deg',
    true,
    `Cannot be measured reliably in 2D (3D only). ${NO_SDD}`,
  ),
  knee_fppa_single_leg_squat: metric(
    'knee_fppa_single_leg_squat',
    'Knee frontal plane projection angle (single-leg squat)',
    'deg',
    true,
    `Only an SEM of 2–4° is given, not an SDD. ${NO_SDD}`,
  ),
  knee_flexion_initial_contact: metric(
    'knee_flexion_initial_contact',
    'Knee flexion at initial contact',
    'deg',
    false,
    `ICC 0.82–0.89 (midstance). ${NO_SDD}`,
  ),
  rearfoot_eversion: metric('rearfoot_eversion', 'Rearfoot eversion', 'deg', null, NO_SDD),
  foot_inclination: metric(
    'foot_inclination',
    'Foot inclination at initial contact',
    'deg',
    null,
    `ICC 0.90–0.99. ${NO_SDD}`,
  ),
  vertical_oscillation: metric('vertical_oscillation', 'Vertical oscillation', 'cm', null, NO_SDD),
  ground_contact_time: metric('ground_contact_time', 'Ground contact time', 'ms', null, NO_SDD),
  peak_tibial_acceleration: metric(
    'peak_tibial_acceleration',
    'Peak tibial acceleration',
    'g',
    true,
    NO_SDD,
  ),
  lateral_trunk_lean: metric(
    'lateral_trunk_lean',
    'Lateral trunk lean',
    'deg',
    null,
    `ICC 0.90–0.99. ${NO_SDD}`,
  ),
};

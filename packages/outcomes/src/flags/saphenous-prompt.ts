import type { CaseloadPatient } from '../caseload-schemas';
import type { CaseloadFlag } from './flag-schema';
import { LOW_ADHERENCE_THRESHOLD, recentAdherence } from './low-adherence';
import { instrumentProgress, planDay } from './primary-progress';

/** Plans for these conditions are "patellofemoral plans" for the saphenous rule. */
export const PATELLOFEMORAL_CONDITIONS = [
  'patellofemoral_malalignment',
  'chondromalacia_patellae',
] as const;
/** Inner-knee regions from the exam-schema body map (the anteromedial pattern, research.md §1.5). */
export const ANTEROMEDIAL_REGIONS = [
  'medial_knee',
  'medial_joint_line',
  'proximal_medial_tibia',
  'medial_thigh',
  'medial_leg',
] as const;
export const NEUROPATHIC_QUALITIES = ['burning', 'tingling', 'numbness', 'electric'] as const;
/** "Fails by week 6–8": from the first day of week 6 on. */
export const SAPHENOUS_FROM_DAY = 42;
const PRIOR_CARE_ID = 'patellofemoral_program';

function intersect(values: readonly string[], allowed: readonly string[]): string[] {
  return values.filter((value) => allowed.includes(value));
}

/**
 * research.md §1.5 (Herman & Vincent 2018): a PFP plan failing by week 6–8 despite good
 * adherence, with anteromedial pain of neuropathic quality, should make the clinician consider
 * saphenous neuropathy. Failing = primary instrument not improved beyond its MCID. Poor
 * adherence (under 50 %) explains a failing plan on its own, so it silences the prompt.
 */
export function saphenousPromptFlag(patient: CaseloadPatient, today: string): CaseloadFlag | null {
  if (!(PATELLOFEMORAL_CONDITIONS as readonly string[]).includes(patient.planCondition))
    return null;
  if (patient.priorCareFailed.includes(PRIOR_CARE_ID)) return null;
  const day = planDay(patient, today);
  if (day < SAPHENOUS_FROM_DAY) return null;
  const status = instrumentProgress(patient, patient.primaryInstrumentId)?.classification?.status;
  if (status === 'improved') return null;
  const adherence = recentAdherence(patient, today);
  if (adherence !== null && adherence.ratio < LOW_ADHERENCE_THRESHOLD) return null;
  const regions = intersect(patient.painRegions, ANTEROMEDIAL_REGIONS);
  const qualities = intersect(patient.painQualities, NEUROPATHIC_QUALITIES);
  if (regions.length === 0 || qualities.length === 0) return null;
  return {
    id: 'saphenous_prompt',
    severity: 'high',
    message: `Patellofemoral plan not working by week ${Math.floor(day / 7)} with inner-knee ${qualities.join('/')} pain: consider saphenous neuropathy and re-run the diagnosis with the patellofemoral programme marked as failed.`,
    evidence: {
      planDay: day,
      planCondition: patient.planCondition,
      primaryStatus: status ?? 'no_follow_up_score',
      painRegions: regions,
      painQualities: qualities,
    },
    suggestedHistory: { priorCareFailed: [...patient.priorCareFailed, PRIOR_CARE_ID] },
  };
}

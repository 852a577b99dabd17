import type { ExerciseId } from './exercise-library';
import type { Finding, FindingId } from './findings';
import type { PhaseId } from './plan-schema';

/** Which findings add which exercises (issue 5; research.md §5.2). */
export interface FindingItemRule {
  readonly findings: readonly FindingId[];
  readonly exerciseId: ExerciseId;
  readonly phases: readonly PhaseId[];
  readonly why: string;
  readonly dosage?: (found: readonly Finding[]) => string | undefined;
}

const HIP_BLOCK: readonly FindingId[] = [
  'pelvic_drop_high',
  'hip_adduction_high',
  'hip_abductor_weak',
  'hip_external_rotator_weak',
];

function cadenceDosage(found: readonly Finding[]): string | undefined {
  const cadence = found.find((f) => f.id === 'cadence_low');
  if (!cadence) return undefined;
  const low = Math.round(cadence.value * 1.05);
  const high = Math.round(cadence.value * 1.1);
  return `Every run: ${low}–${high} steps/min (5–10 % above your ${cadence.value})`;
}

export const findingItemRules: readonly FindingItemRule[] = [
  {
    findings: ['cadence_low', 'overstride'],
    exerciseId: 'cadence_retraining',
    phases: ['walk_run', 'build', 'race_prep'],
    why: 'Your gait analysis showed long or slow steps; quicker, shorter steps take load off the knee.',
    dosage: cadenceDosage,
  },
  {
    findings: HIP_BLOCK,
    exerciseId: 'side_lying_hip_abduction',
    phases: ['settle', 'strength', 'walk_run', 'build', 'race_prep'],
    why: 'Your hip let the pelvis drop or the thigh swing in; a stronger side hip holds it level.',
  },
  {
    findings: HIP_BLOCK,
    exerciseId: 'banded_clamshell',
    phases: ['settle', 'strength'],
    why: 'Builds the hip muscles that stop the thigh turning in when you land.',
  },
  {
    findings: HIP_BLOCK,
    exerciseId: 'standing_hip_hike',
    phases: ['strength', 'walk_run', 'build'],
    why: 'Trains the hip to keep the pelvis level on one leg, exactly as running needs.',
  },
  {
    findings: ['quadriceps_weak'],
    exerciseId: 'step_down_eccentric',
    phases: ['strength', 'walk_run', 'build', 'race_prep'],
    why: 'Your thigh muscle tested weak; slow lowering builds the strength the knee relies on.',
  },
  {
    findings: ['dorsiflexion_limited'],
    exerciseId: 'knee_to_wall_mobilisation',
    phases: ['settle', 'strength', 'walk_run', 'build', 'race_prep'],
    why: 'Your ankle bends less than it should, so the knee twists to make up for it.',
  },
  {
    findings: ['dorsiflexion_limited'],
    exerciseId: 'calf_stretch_wall',
    phases: ['settle', 'strength', 'walk_run'],
    why: 'A looser deep calf lets the ankle bend further.',
  },
];

import type { ConditionId } from '@stride/exam-schema';

import type { ExerciseId } from './exercise-library';
import type { PhaseId } from './plan-schema';

export interface TemplateItem {
  readonly exerciseId: ExerciseId;
  readonly phases: readonly PhaseId[];
  readonly why: string;
  readonly dosage?: string;
}

export interface PlanTemplate {
  /** For the clinician: what the template is built on (research.md §5.2). */
  readonly basis: string;
  /** Femoral-nerve plans are short (method.md); others use the standard phase lengths. */
  readonly length: 'standard' | 'short';
  readonly items: readonly TemplateItem[];
}

const ALL: readonly PhaseId[] = ['settle', 'strength', 'walk_run', 'build', 'race_prep'];
const EARLY: readonly PhaseId[] = ['settle', 'strength'];
const FROM_STRENGTH: readonly PhaseId[] = ['strength', 'walk_run', 'build', 'race_prep'];
const LATE: readonly PhaseId[] = ['walk_run', 'build', 'race_prep'];
const RUNNING: readonly PhaseId[] = ['walk_run'];

const education: TemplateItem = {
  exerciseId: 'education_load',
  phases: ALL,
  why: 'Most running pain comes from doing too much too soon; knowing your load is the core of the plan.',
};
const painRule: TemplateItem = {
  exerciseId: 'pain_monitoring',
  phases: ALL,
  why: 'Tells you each day whether you can do more or should ease off.',
};
const walkRun: TemplateItem = {
  exerciseId: 'walk_run_intervals',
  phases: RUNNING,
  why: 'Brings running back step by step so the knee can keep up.',
};
const hipAbduction: TemplateItem = {
  exerciseId: 'side_lying_hip_abduction',
  phases: ALL,
  why: 'A strong side hip keeps the thigh from turning in, which is what strains your knee.',
};
const clamshell: TemplateItem = {
  exerciseId: 'banded_clamshell',
  phases: EARLY,
  why: 'Trains the muscles that turn the thigh out and keep the knee in line.',
};
const mirrorSquat: TemplateItem = {
  exerciseId: 'single_leg_squat_mirror',
  phases: FROM_STRENGTH,
  why: 'Practises landing with the knee in line over the foot, the way you want to run.',
};

export const planTemplates: Readonly<Record<ConditionId, PlanTemplate>> = {
  patellofemoral_malalignment: {
    basis:
      'Education on load, hip abductor/external rotator plus quadriceps strengthening, gait retraining.',
    length: 'standard',
    items: [
      education,
      painRule,
      hipAbduction,
      clamshell,
      {
        exerciseId: 'wall_sit_isometric',
        phases: EARLY,
        why: 'Strengthens the thigh while calming the kneecap.',
      },
      {
        exerciseId: 'step_down_eccentric',
        phases: FROM_STRENGTH,
        why: 'Builds control for stairs and for each running stride.',
      },
      mirrorSquat,
      walkRun,
    ],
  },
  chondromalacia_patellae: {
    basis: 'The load-based patellofemoral plan; imaging only if it fails.',
    length: 'standard',
    items: [
      education,
      painRule,
      {
        exerciseId: 'wall_sit_isometric',
        phases: EARLY,
        why: 'Loads the thigh without grinding the kneecap.',
      },
      {
        exerciseId: 'terminal_knee_extension',
        phases: EARLY,
        why: 'Strengthens the thigh muscle that steers the kneecap.',
      },
      {
        exerciseId: 'step_down_eccentric',
        phases: LATE,
        why: 'Builds the strength the knee needs for running downhill and stairs.',
      },
      hipAbduction,
      {
        exerciseId: 'cycling_easy',
        phases: EARLY,
        why: 'Keeps you fit while running is cut back.',
      },
      walkRun,
    ],
  },
  iliotibial_band_syndrome: {
    basis:
      'Temporary cut in mileage, downhill and camber; hip abductor/external rotator strength; hip adduction in gait.',
    length: 'standard',
    items: [
      {
        ...education,
        why: 'For a while, run less, skip downhills and sloping roads, which squeeze the outer knee.',
      },
      painRule,
      hipAbduction,
      clamshell,
      {
        exerciseId: 'side_plank',
        phases: FROM_STRENGTH,
        why: 'Holds the pelvis level so the outer thigh is not strained.',
      },
      mirrorSquat,
      walkRun,
    ],
  },
  femoral_nerve_irritation: {
    basis:
      'Neurodynamic sliders then tensioners, hip extensor/abductor control, gait retraining. Short plan.',
    length: 'short',
    items: [
      painRule,
      {
        exerciseId: 'femoral_nerve_slider',
        phases: EARLY,
        why: 'Gentle nerve glides calm the irritated nerve first.',
      },
      {
        exerciseId: 'femoral_nerve_tensioner',
        phases: LATE,
        why: 'Then the nerve learns to take the stretch of a long running stride.',
      },
      {
        exerciseId: 'glute_bridge',
        phases: ALL,
        why: 'Strong buttocks stop the leg reaching too far back and stretching the nerve.',
      },
      hipAbduction,
      walkRun,
    ],
  },
  saphenous_nerve_entrapment: {
    basis:
      'Soft tissue at the adductor canal, saphenous nerve gliding, hip and knee control, gait retraining.',
    length: 'standard',
    items: [
      education,
      painRule,
      {
        exerciseId: 'adductor_canal_soft_tissue',
        phases: EARLY,
        why: 'Loosens the tissue on the inner thigh where the nerve gets caught.',
      },
      {
        exerciseId: 'saphenous_nerve_slider',
        phases: EARLY,
        why: 'Gentle glides help the nerve slide freely again.',
      },
      {
        exerciseId: 'saphenous_nerve_tensioner',
        phases: LATE,
        why: 'Then the nerve is gradually asked to take more stretch.',
      },
      hipAbduction,
      clamshell,
      mirrorSquat,
      walkRun,
    ],
  },
  patellar_tendinopathy: {
    basis: 'Progressive tendon loading: isometric, then heavy slow, then energy storage.',
    length: 'standard',
    items: [
      painRule,
      {
        exerciseId: 'spanish_squat_isometric',
        phases: EARLY,
        why: 'Holds ease tendon pain and start loading it safely.',
      },
      {
        exerciseId: 'slow_split_squat',
        phases: ['strength', 'walk_run', 'build'],
        why: 'Heavy, slow work makes the tendon stronger.',
      },
      {
        exerciseId: 'decline_squat',
        phases: ['walk_run', 'build'],
        why: 'Focuses the loading on the tendon below the kneecap.',
      },
      {
        exerciseId: 'pogo_hops',
        phases: ['build', 'race_prep'],
        why: 'Gets the tendon used to springy loads again before racing.',
      },
      hipAbduction,
      walkRun,
    ],
  },
  pes_anserine_bursitis: {
    basis: 'Offload; hip and valgus control; hamstring and adductor loading.',
    length: 'standard',
    items: [
      education,
      painRule,
      {
        exerciseId: 'hamstring_bridge',
        phases: ALL,
        why: 'Strengthens the tendons that attach at the sore spot on the inner knee.',
      },
      { exerciseId: 'adductor_squeeze', phases: EARLY, why: 'Strengthens the inner thigh gently.' },
      hipAbduction,
      mirrorSquat,
      walkRun,
    ],
  },
  medial_meniscus_tear: {
    basis:
      'Refer for imaging if mechanical symptoms or positive tests; keep the knee strong meanwhile.',
    length: 'standard',
    items: [
      education,
      painRule,
      {
        exerciseId: 'quad_sets',
        phases: EARLY,
        why: 'Keeps the thigh strong while the knee is checked.',
      },
      {
        exerciseId: 'terminal_knee_extension',
        phases: EARLY,
        why: 'Restores a fully straight knee.',
      },
      {
        exerciseId: 'cycling_easy',
        phases: ['settle', 'strength', 'walk_run'],
        why: 'Low-impact fitness while the knee settles.',
      },
      hipAbduction,
      walkRun,
    ],
  },
  lumbar_referred_pain: {
    basis: 'Treat the source region (lumbar spine); neurological screen.',
    length: 'standard',
    items: [
      painRule,
      {
        exerciseId: 'prone_press_up',
        phases: EARLY,
        why: 'Eases the lower back, which is where your knee pain comes from.',
      },
      { exerciseId: 'bird_dog', phases: ALL, why: 'Builds a steady back for running.' },
      {
        exerciseId: 'dead_bug',
        phases: FROM_STRENGTH,
        why: 'Strengthens the deep tummy muscles that protect the back.',
      },
      {
        exerciseId: 'glute_bridge',
        phases: ALL,
        why: 'Strong hips take strain off the lower back.',
      },
      walkRun,
    ],
  },
  hip_referred_pain: {
    basis: 'Treat the source region (hip).',
    length: 'standard',
    items: [
      painRule,
      {
        exerciseId: 'hip_90_90_mobility',
        phases: ALL,
        why: 'Keeps the hip moving freely, which eases pain felt at the knee.',
      },
      { exerciseId: 'hip_flexor_stretch', phases: EARLY, why: 'Opens the front of the hip.' },
      {
        exerciseId: 'glute_bridge',
        phases: ALL,
        why: 'Strengthens the hip that is sending pain to your knee.',
      },
      hipAbduction,
      walkRun,
    ],
  },
};

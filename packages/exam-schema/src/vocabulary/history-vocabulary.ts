import type { IdsOf } from './define-vocabulary';
import { groupsOf, idsOf, labelsOf } from './define-vocabulary';

/** Where the patient points, grouped as the body map shows them. */
export const painRegions = [
  { id: 'anterior_patella', label: 'Over the kneecap', group: 'anterior' },
  { id: 'retropatellar', label: 'Behind the kneecap', group: 'anterior' },
  { id: 'inferior_pole', label: 'Bottom of the kneecap', group: 'anterior' },
  { id: 'medial_knee', label: 'Inner knee', group: 'medial' },
  { id: 'medial_joint_line', label: 'Inner joint line', group: 'medial' },
  { id: 'proximal_medial_tibia', label: 'Below the inner joint line', group: 'medial' },
  { id: 'medial_thigh', label: 'Inner thigh', group: 'medial' },
  { id: 'medial_leg', label: 'Inner shin towards the foot', group: 'medial' },
  { id: 'lateral_knee', label: 'Outer knee', group: 'lateral' },
  { id: 'lateral_thigh', label: 'Outer thigh', group: 'lateral' },
  { id: 'anterior_thigh', label: 'Front of the thigh', group: 'proximal' },
  { id: 'groin', label: 'Groin', group: 'proximal' },
  { id: 'low_back', label: 'Low back', group: 'proximal' },
  { id: 'buttock', label: 'Buttock', group: 'proximal' },
  { id: 'posterior_knee', label: 'Back of the knee', group: 'other' },
  { id: 'diffuse', label: 'Diffuse, hard to point to', group: 'other' },
] as const;
export type PainRegion = IdsOf<typeof painRegions>;
export const painRegionIds = idsOf(painRegions);
export const painRegionLabels = labelsOf(painRegions);
export const painRegionGroups = groupsOf(painRegions, {
  anterior: 'Front of the knee',
  medial: 'Inner knee and leg',
  lateral: 'Outer knee and thigh',
  proximal: 'Thigh, hip and back',
  other: 'Other',
});

export const painQualities = [
  { id: 'aching', label: 'Aching' },
  { id: 'sharp', label: 'Sharp' },
  { id: 'burning', label: 'Burning' },
  { id: 'tingling', label: 'Tingling' },
  { id: 'numbness', label: 'Numbness' },
  { id: 'electric', label: 'Electric' },
] as const;
export type PainQuality = IdsOf<typeof painQualities>;
export const painQualityIds = idsOf(painQualities);
export const painQualityLabels = labelsOf(painQualities);

export const aggravators = [
  { id: 'running', label: 'Running', group: 'running' },
  {
    id: 'running_fixed_distance',
    label: 'Starts a predictable distance into a run',
    group: 'running',
  },
  { id: 'downhill_running', label: 'Downhill running', group: 'running' },
  { id: 'sprinting', label: 'Sprinting', group: 'running' },
  { id: 'long_strides', label: 'Long strides', group: 'running' },
  { id: 'stairs_up', label: 'Going upstairs', group: 'daily' },
  { id: 'stairs_down', label: 'Going downstairs', group: 'daily' },
  { id: 'squatting', label: 'Squatting', group: 'daily' },
  { id: 'prolonged_sitting', label: 'Prolonged sitting', group: 'daily' },
  { id: 'kneeling', label: 'Kneeling', group: 'daily' },
  { id: 'rising_from_chair', label: 'Rising from a chair', group: 'daily' },
  { id: 'crossing_legs', label: 'Crossing the legs (pressure on the inner knee)', group: 'daily' },
  { id: 'jumping', label: 'Jumping', group: 'sport' },
  { id: 'twisting', label: 'Twisting', group: 'sport' },
  { id: 'hip_extension_stretch', label: 'Hip extension stretch', group: 'sport' },
] as const;
export type Aggravator = IdsOf<typeof aggravators>;
export const aggravatorIds = idsOf(aggravators);
export const aggravatorLabels = labelsOf(aggravators);
export const aggravatorGroups = groupsOf(aggravators, {
  running: 'Running',
  daily: 'Daily activities',
  sport: 'Sport and stretching',
});

export const onsets = [
  { id: 'insidious', label: 'Gradual (insidious)' },
  { id: 'sudden', label: 'Sudden' },
] as const;
export type Onset = IdsOf<typeof onsets>;
export const onsetIds = idsOf(onsets);

export const mechanicalSymptoms = [
  { id: 'locking', label: 'Locking' },
  { id: 'catching', label: 'Catching' },
  { id: 'giving_way', label: 'Giving way' },
  { id: 'swelling', label: 'Swelling' },
] as const;
export type MechanicalSymptom = IdsOf<typeof mechanicalSymptoms>;
export const mechanicalSymptomIds = idsOf(mechanicalSymptoms);
export const mechanicalSymptomLabels = labelsOf(mechanicalSymptoms);

/** Only what case-format.md lists; extend the vocabulary (and the format version) together. */
export const priorCareOptions = [
  { id: 'patellofemoral_program', label: 'Patellofemoral exercise programme (good adherence)' },
] as const;
export type PriorCare = IdsOf<typeof priorCareOptions>;
export const priorCareIds = idsOf(priorCareOptions);

export const redFlags = [
  { id: 'fever_or_unwell', label: 'Fever or feeling unwell' },
  { id: 'hot_swollen_joint', label: 'Hot, swollen joint' },
  { id: 'unexplained_weight_loss', label: 'Unexplained weight loss' },
  { id: 'history_of_cancer', label: 'History of cancer' },
  { id: 'trauma_unable_to_bear_weight', label: 'Trauma and unable to bear weight' },
  { id: 'calf_swelling_or_tenderness', label: 'Calf swelling or tenderness' },
  { id: 'progressive_neurological_deficit', label: 'Progressive neurological deficit' },
  { id: 'saddle_anaesthesia_or_bladder_change', label: 'Saddle anaesthesia or bladder change' },
  { id: 'night_pain_unrelenting', label: 'Unrelenting night pain' },
] as const;
export type RedFlag = IdsOf<typeof redFlags>;
export const redFlagIds = idsOf(redFlags);
export const redFlagLabels = labelsOf(redFlags);

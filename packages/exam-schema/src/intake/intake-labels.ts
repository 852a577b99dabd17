import type { IdsOf } from '../vocabulary/define-vocabulary';
import { labelsOf } from '../vocabulary/define-vocabulary';
import { onsets } from '../vocabulary/history-vocabulary';

/** The question each intake field answers, in the patient's words; errors start with these. */
export const intakeFieldLabels = {
  side: 'Which knee',
  painRegions: 'Where it hurts',
  painQualities: 'What the pain feels like',
  aggravators: 'What makes it worse',
  onset: 'How it started',
  durationWeeks: 'How long it has hurt (weeks)',
  nightPain: 'Pain at night',
  mechanicalSymptoms: 'Knee symptoms',
  backPain: 'Back pain',
  weeklyDistanceKm: 'Weekly running distance (km)',
  recentLoadIncreasePct: 'Change in running over the last 4 weeks (%)',
  targetRaceName: 'Target race',
  targetRaceDate: 'Race date',
  redFlags: 'Warning signs',
  noRedFlags: 'None of these warning signs',
  notes: 'Anything else',
  consent: 'Consent',
  signedName: 'Your full name',
} as const;

export const intakeOnsetLabels: Readonly<Record<IdsOf<typeof onsets>, string>> = labelsOf(onsets);

/** Patient-facing wording for the red-flag screen; ids and clinician labels stay the vocabulary's. */
export const intakeRedFlagQuestions = {
  fever_or_unwell: 'Fever, chills or feeling generally unwell',
  hot_swollen_joint: 'The knee is hot, red or very swollen',
  unexplained_weight_loss: 'Weight loss you cannot explain',
  history_of_cancer: 'You have had cancer',
  trauma_unable_to_bear_weight: 'A fall or injury after which you could not stand on the leg',
  calf_swelling_or_tenderness: 'Calf swelling, warmth or tenderness',
  progressive_neurological_deficit: 'Numbness or weakness in the leg that is getting worse',
  saddle_anaesthesia_or_bladder_change:
    'Numbness between the legs, or new trouble controlling bladder or bowels',
  night_pain_unrelenting: 'Pain at night that does not ease whatever position you take',
} as const;

export const intakeConsentText =
  'I confirm these answers are true to the best of my knowledge, and I consent to the clinic ' +
  'using them to assess and treat my knee.';

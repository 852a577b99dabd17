import type { IdsOf } from './define-vocabulary';
import { groupsOf, idsOf, labelsOf } from './define-vocabulary';

const structureGroups = {
  patellofemoral: 'Patellofemoral',
  iliotibial_band: 'Iliotibial band',
  nerves: 'Nerves',
  tendon_bursa: 'Tendon and bursa',
  meniscus: 'Meniscus',
  lumbar_hip: 'Lumbar spine and hip',
} as const;

/** Palpation sites, grouped by the structure a clinician is checking. */
export const palpationSites = [
  { id: 'patellar_facets', label: 'Patellar facets', group: 'patellofemoral' },
  { id: 'medial_retinaculum', label: 'Medial retinaculum', group: 'patellofemoral' },
  { id: 'lateral_retinaculum', label: 'Lateral retinaculum', group: 'patellofemoral' },
  {
    id: 'lateral_femoral_epicondyle',
    label: 'Lateral femoral epicondyle',
    group: 'iliotibial_band',
  },
  { id: 'adductor_canal', label: "Adductor (Hunter's) canal", group: 'nerves' },
  {
    id: 'infrapatellar_saphenous_branch',
    label: 'Infrapatellar branch of the saphenous nerve',
    group: 'nerves',
  },
  { id: 'femoral_triangle', label: 'Femoral triangle', group: 'nerves' },
  { id: 'inferior_pole_patella', label: 'Inferior pole of the patella', group: 'tendon_bursa' },
  { id: 'patellar_tendon', label: 'Patellar tendon', group: 'tendon_bursa' },
  { id: 'pes_anserine', label: 'Pes anserine', group: 'tendon_bursa' },
  { id: 'medial_joint_line', label: 'Medial joint line', group: 'meniscus' },
  { id: 'lateral_joint_line', label: 'Lateral joint line', group: 'meniscus' },
] as const;
export type PalpationSite = IdsOf<typeof palpationSites>;
export const palpationSiteIds = idsOf(palpationSites);
export const palpationSiteLabels = labelsOf(palpationSites);
export const palpationSiteGroups = groupsOf(palpationSites, structureGroups);

/** Special tests, grouped as case-format.md lists them. */
export const examTests = [
  { id: 'clarke', label: "Clarke's sign (patellar grind)", group: 'patellofemoral' },
  { id: 'patellar_compression', label: 'Patellar compression', group: 'patellofemoral' },
  {
    id: 'resisted_quadriceps_pain',
    label: 'Pain on resisted quadriceps contraction',
    group: 'patellofemoral',
  },
  { id: 'squat_pain', label: 'Pain on squatting', group: 'patellofemoral' },
  { id: 'patellar_apprehension', label: 'Patellar apprehension', group: 'patellofemoral' },
  { id: 'patellar_tilt', label: 'Patellar tilt', group: 'patellofemoral' },
  { id: 'active_instability', label: 'Active instability', group: 'patellofemoral' },
  { id: 'eccentric_step_down', label: 'Eccentric step-down', group: 'patellofemoral' },
  {
    id: 'vastus_medialis_coordination',
    label: 'Vastus medialis coordination',
    group: 'patellofemoral',
  },
  { id: 'j_sign', label: 'J-sign', group: 'patellofemoral' },
  { id: 'crepitus', label: 'Crepitus', group: 'patellofemoral' },
  { id: 'noble_compression', label: 'Noble compression', group: 'iliotibial_band' },
  { id: 'ober', label: 'Ober', group: 'iliotibial_band' },
  { id: 'renne', label: 'Renne (creak)', group: 'iliotibial_band' },
  { id: 'modified_thomas', label: 'Modified Thomas', group: 'iliotibial_band' },
  { id: 'prone_knee_bend', label: 'Prone knee bend', group: 'nerves' },
  { id: 'femoral_slump', label: 'Femoral slump', group: 'nerves' },
  { id: 'tinel_adductor_canal', label: 'Tinel at the adductor canal', group: 'nerves' },
  { id: 'saphenous_tension', label: 'Saphenous nerve tension', group: 'nerves' },
  { id: 'saphenous_block_relief', label: 'Relief after saphenous block', group: 'nerves' },
  { id: 'royal_london_hospital', label: 'Royal London Hospital test', group: 'tendon_bursa' },
  { id: 'decline_squat_pain', label: 'Pain on decline squat', group: 'tendon_bursa' },
  { id: 'mcmurray', label: 'McMurray', group: 'meniscus' },
  { id: 'thessaly', label: 'Thessaly', group: 'meniscus' },
  { id: 'apley', label: 'Apley', group: 'meniscus' },
  { id: 'slump', label: 'Slump', group: 'lumbar_hip' },
  { id: 'slump_knee_bend', label: 'Slump knee bend', group: 'lumbar_hip' },
  { id: 'faber', label: 'FABER', group: 'lumbar_hip' },
  { id: 'fadir', label: 'FADIR', group: 'lumbar_hip' },
  { id: 'hip_scour', label: 'Hip scour', group: 'lumbar_hip' },
] as const;
export type ExamTest = IdsOf<typeof examTests>;
export const examTestIds = idsOf(examTests);
export const examTestLabels = labelsOf(examTests);
export const examTestGroups = groupsOf(examTests, structureGroups);

export const palpationResults = [
  { id: 'tender', label: 'Tender' },
  { id: 'not_tender', label: 'Not tender' },
] as const;
export type PalpationResult = IdsOf<typeof palpationResults>;
export const palpationResultIds = idsOf(palpationResults);

export const testResults = [
  { id: 'positive', label: 'Positive' },
  { id: 'negative', label: 'Negative' },
] as const;
export type TestResult = IdsOf<typeof testResults>;
export const testResultIds = idsOf(testResults);

export const reflexGrades = [
  { id: 'normal', label: 'Normal' },
  { id: 'reduced', label: 'Reduced' },
  { id: 'absent', label: 'Absent' },
] as const;
export type ReflexGrade = IdsOf<typeof reflexGrades>;
export const reflexGradeIds = idsOf(reflexGrades);

export const sensationGrades = [
  { id: 'normal', label: 'Normal' },
  { id: 'reduced', label: 'Reduced' },
] as const;
export type SensationGrade = IdsOf<typeof sensationGrades>;
export const sensationGradeIds = idsOf(sensationGrades);

export const effusionGrades = [
  { id: 'none', label: 'None' },
  { id: 'trace', label: 'Trace' },
  { id: 'moderate', label: 'Moderate' },
  { id: 'large', label: 'Large' },
] as const;
export type EffusionGrade = IdsOf<typeof effusionGrades>;
export const effusionGradeIds = idsOf(effusionGrades);

export const footStrikes = [
  { id: 'rearfoot', label: 'Rearfoot' },
  { id: 'midfoot', label: 'Midfoot' },
  { id: 'forefoot', label: 'Forefoot' },
] as const;
export type FootStrike = IdsOf<typeof footStrikes>;
export const footStrikeIds = idsOf(footStrikes);

export const valgusGrades = [
  { id: 'none', label: 'None' },
  { id: 'mild', label: 'Mild' },
  { id: 'marked', label: 'Marked' },
] as const;
export type ValgusGrade = IdsOf<typeof valgusGrades>;
export const valgusGradeIds = idsOf(valgusGrades);

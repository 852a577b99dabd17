import type { ConditionId, EvidenceKind } from '@stride/exam-schema';

/** Where a published figure came from, so a test can recompute it. */
export type WeightBasis =
  { readonly sensitivity: number; readonly specificity: number } | { readonly reported: number };

/** One likelihood ratio applied to one condition, with its authority. */
export interface Weight {
  readonly lr: number;
  readonly kind: EvidenceKind;
  readonly source: string;
  readonly basis?: WeightBasis;
}

/**
 * How one finding bears on one condition. `match` is the engine's key for the finding
 * (a case path, plus `=value` for enums and list items, `:name` for a threshold); `finding` is the path shown.
 * `positive` applies when the finding is present (positive, tender, true, beyond threshold),
 * `negative` when it was tested and found negative. Absent findings apply nothing.
 */
export interface Likelihood {
  readonly match: string;
  readonly finding: string;
  readonly condition: ConditionId;
  readonly family: FamilyId;
  readonly positive?: Weight;
  readonly negative?: Weight;
  /** Part of a published cluster: its positive weight is replaced by the cluster's when met. */
  readonly clusterPart?: boolean;
}

/**
 * Correlated findings: within a family only the strongest finding for and the strongest
 * against a condition count, so three patellofemoral loading tests are not multiplied.
 */
export const families = [
  'pf-provocation',
  'pf-maltracking',
  'cartilage',
  'effusion',
  'mechanics',
  'itb-provocation',
  'itb-tightness',
  'saphenous-provocation',
  'saphenous-neurodynamic',
  'saphenous-block',
  'saphenous-sensory',
  'neurodynamic',
  'femoral-palpation',
  'neuro-deficit',
  'back-pain',
  'tendon-provocation',
  'tendon-palpation',
  'bursa-palpation',
  'meniscal-palpation',
  'meniscal-provocation',
  'hip-provocation',
  'hip-mobility',
  'pain-region',
  'pain-quality',
  'aggravator',
  'onset',
  'mechanical-symptom',
  'night-pain',
  'prior-care',
  'training-load',
  'age',
] as const;
export type FamilyId = (typeof families)[number];

/** Published single-study LRs are clamped so one small study cannot decide a case alone. */
export const LR_CEILING = 10;
export const LR_FLOOR = 0.1;

function clamp(lr: number): number {
  return Math.min(LR_CEILING, Math.max(LR_FLOOR, lr));
}

export function published(lr: number, source: string, basis?: WeightBasis): Weight {
  return basis === undefined
    ? { lr: clamp(lr), kind: 'published-lr', source }
    : { lr: clamp(lr), kind: 'published-lr', source, basis };
}

export function cluster(lr: number, source: string): Weight {
  return { lr: clamp(lr), kind: 'cluster', source, basis: { reported: lr } };
}

/** No published accuracy: a clinician-set weight, labelled as such wherever it is shown. */
export function expert(lr: number, reason: string): Weight {
  return { lr, kind: 'expert-weight', source: `expert weight: ${reason}` };
}

type Row = Omit<Likelihood, 'condition' | 'finding' | 'match'>;

/** The same finding and weights for several conditions (e.g. both patellofemoral causes). */
export function forEach(
  conditions: readonly ConditionId[],
  match: string,
  row: Row,
  finding: string = match.split(/[=:]/)[0] ?? match,
): Likelihood[] {
  return conditions.map((condition) => ({ match, finding, condition, ...row }));
}

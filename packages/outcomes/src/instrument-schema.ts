import { z } from 'zod';

/** Every item is answered with a whole number in a range; licensed forms map their boxes to it. */
export const responseScaleSchema = z
  .object({
    min: z.number().int(),
    max: z.number().int(),
    unit: z.enum(['points', 'minutes', 'runs']),
    /** Plain words for the ends of the scale; absent for licensed items (no wording shipped). */
    anchors: z.object({ min: z.string(), max: z.string() }).optional(),
  })
  .refine((scale) => scale.max > scale.min, { message: 'max must be above min' });
export type ResponseScale = z.output<typeof responseScaleSchema>;

export const instrumentItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  scale: responseScaleSchema,
  /** Our own wording. Licensed instruments leave it out: the clinic pastes its licensed text. */
  prompt: z.string().optional(),
  /** Short name used in patient summaries ("usual pain"). */
  shortLabel: z.string().optional(),
});
export type InstrumentItem = z.output<typeof instrumentItemSchema>;

/** One part of a weighted composite: the item's answer normalised to 0..1, then weighted. */
export const weightedPartSchema = z.object({
  itemId: z.string(),
  weight: z.number().positive(),
  /** Answers above the cap count as the cap (e.g. 60 pain-free minutes is "full marks"). */
  cap: z.number().optional(),
  /** Pain items score best at 0, so they are inverted before weighting. */
  invert: z.boolean(),
});

export const scoringRuleSchema = z.discriminatedUnion('kind', [
  /** Plain sum of item answers (LEFS, Kujala). */
  z.object({ kind: z.literal('sum') }),
  /**
   * KOOS convention: 100 − mean(answered items) × 100 / itemMax, so 100 means no problems.
   * Up to `maxMissing` unanswered items are replaced by the mean of the answered ones.
   */
  z.object({
    kind: z.literal('koos_transform'),
    itemMax: z.number().int().positive(),
    maxMissing: z.number().int().min(0),
  }),
  /** Each item is its own score (NPRS); `primaryItemId` is the headline score. */
  z.object({ kind: z.literal('per_item'), primaryItemId: z.string() }),
  /** Weighted composite scaled to 0..100 (our running-function set). */
  z.object({ kind: z.literal('weighted'), parts: z.array(weightedPartSchema).min(1) }),
]);
export type ScoringRule = z.output<typeof scoringRuleSchema>;

export const directionSchema = z.enum(['higher_is_better', 'higher_is_worse']);
export type Direction = z.output<typeof directionSchema>;

export const mcidSchema = z.object({
  /** The threshold used for classification: a change of at least this many points matters. */
  value: z.number().positive(),
  /** The published range where sources disagree or give a band (e.g. Kujala 8–10). */
  range: z.tuple([z.number(), z.number()]).optional(),
  source: z.string(),
  /** False where research.md marks the figure [U]: check it before it drives decisions. */
  verified: z.boolean(),
  note: z.string().optional(),
});
export type Mcid = z.output<typeof mcidSchema>;

export const instrumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  version: z.string(),
  name: z.string(),
  /** Licensed instruments ship ids, scales and scoring only; the clinic pastes the wording. */
  licensed: z.boolean(),
  licenceNote: z.string().optional(),
  items: z.array(instrumentItemSchema).min(1),
  scoring: scoringRuleSchema,
  direction: directionSchema,
  range: z.object({ min: z.number(), max: z.number() }),
  /** Null when no MCID has been published for the measure. */
  mcid: mcidSchema.nullable(),
  /** Where the scoring rule itself comes from, and whether research.md verified it. */
  scoringSource: z.string(),
});
export type Instrument = z.output<typeof instrumentSchema>;

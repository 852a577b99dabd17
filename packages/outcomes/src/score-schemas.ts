import { z } from 'zod';

/** Answers by item id; `null` (or leaving the item out) means "not answered". */
export const answersSchema = z.record(z.string(), z.number().nullable());
export type Answers = z.output<typeof answersSchema>;

export const answerErrorSchema = z.object({
  kind: z.enum(['missing', 'unknown_item', 'out_of_range', 'not_whole_number', 'too_many_missing']),
  /** The item concerned; absent only for `too_many_missing`, which is about the whole form. */
  itemId: z.string().optional(),
  message: z.string(),
});
export type AnswerError = z.output<typeof answerErrorSchema>;

export const scoreSchema = z.object({
  instrumentId: z.string(),
  /** Stored with the score so a later change to an instrument never rewrites history. */
  instrumentVersion: z.string(),
  /** The headline score, within the instrument's range. */
  value: z.number(),
  /** Per-item scores where the instrument reports them (NPRS); empty otherwise. */
  subscores: z.array(z.object({ itemId: z.string(), value: z.number() })),
  /** Items filled in by the instrument's missing-item rule. */
  imputedItemIds: z.array(z.string()),
});
export type Score = z.output<typeof scoreSchema>;

export const scoreResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), score: scoreSchema }),
  z.object({ ok: z.literal(false), errors: z.array(answerErrorSchema).min(1) }),
]);
export type ScoreResult = z.output<typeof scoreResultSchema>;

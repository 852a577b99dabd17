import { z } from 'zod';

import { conditionIds } from '../vocabulary/conditions';

/** How far an edited profile may stray from summing to exactly 1. */
export const PRIOR_SUM_TOLERANCE = 0.001;

export const priorSources = [
  { id: 'expert-set', label: 'Expert-set starting value (not a study result)' },
  { id: 'clinic-edit', label: 'Edited by the clinic' },
] as const;

export const priorProvenanceSchema = z.strictObject({
  source: z.enum(['expert-set', 'clinic-edit'], { error: 'expected expert-set or clinic-edit' }),
  citation: z.string({ error: 'expected text' }).min(1, { error: 'expected a citation' }),
  setBy: z.string({ error: 'expected text' }).min(1, { error: 'expected who set it' }),
  note: z.string({ error: 'expected text' }).optional(),
});
export type PriorProvenance = z.infer<typeof priorProvenanceSchema>;

export const priorValueSchema = z.strictObject({
  probability: z
    .number({ error: 'expected a probability between 0 and 1' })
    .min(0, { error: 'expected a probability between 0 and 1' })
    .max(1, { error: 'expected a probability between 0 and 1' }),
  provenance: priorProvenanceSchema,
});
export type PriorValue = z.infer<typeof priorValueSchema>;

/** One prior per condition, all ten present, summing to 1 within the tolerance. */
export const priorTableSchema = z
  .partialRecord(
    z.enum(conditionIds, { error: `expected a condition id: ${conditionIds.join(', ')}` }),
    priorValueSchema,
  )
  .superRefine((table, ctx) => {
    let sum = 0;
    for (const id of conditionIds) {
      const value = table[id];
      if (value === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: 'missing: every condition needs a prior',
        });
      else sum += value.probability;
    }
    if (Math.abs(sum - 1) > PRIOR_SUM_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `expected priors summing to 1 (±${PRIOR_SUM_TOLERANCE}), got ${sum.toFixed(4)}`,
      });
    }
  });
export type PriorTable = Readonly<Record<(typeof conditionIds)[number], PriorValue>>;

/** A clinic's prior profile; `other` is used when sex is other or unknown. */
export const priorProfileSchema = z.strictObject({
  id: z
    .string({ error: 'expected text' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' }),
  version: z
    .number({ error: 'expected a whole number from 1' })
    .int({ error: 'expected a whole number from 1' })
    .min(1, { error: 'expected a whole number from 1' }),
  label: z.string({ error: 'expected text' }).min(1, { error: 'expected a label' }),
  description: z.string({ error: 'expected text' }).optional(),
  sexSpecific: z.boolean({ error: 'expected true or false' }),
  bySex: z.strictObject({
    female: priorTableSchema,
    male: priorTableSchema,
    other: priorTableSchema,
  }),
});
export interface PriorProfile {
  readonly id: string;
  readonly version: number;
  readonly label: string;
  readonly description?: string;
  readonly sexSpecific: boolean;
  readonly bySex: {
    readonly female: PriorTable;
    readonly male: PriorTable;
    readonly other: PriorTable;
  };
}

import { z } from 'zod';

import { dateInputSchema, isoDateSchema } from './dates';
import { gaitMetricIdSchema } from './gait-metrics';
import { instrumentIdSchema } from './instrument-catalog';

export const runLogSchema = z.object({
  date: isoDateSchema,
  /** Same unit as `preInjuryWeeklyVolume` (km or minutes). */
  volume: z.number().min(0),
  painDuring: z.number().min(0).max(10),
  painNextMorning: z.number().min(0).max(10).optional(),
  /** Pain before the run; "gone by the next morning" means back to this level (default 0). */
  painBefore: z.number().min(0).max(10).optional(),
});
export type RunLog = z.output<typeof runLogSchema>;

export const keyDeficitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('gait'),
    metric: gaitMetricIdSchema,
    baseline: z.number(),
    retest: z.number(),
  }),
  /** A strength or other measure: research.md has no SDD for these, so the clinic gives one. */
  z.object({
    kind: z.literal('custom'),
    name: z.string(),
    baseline: z.number(),
    retest: z.number(),
    sdd: z.number().positive(),
    sddSource: z.string(),
    lowerIsBetter: z.boolean(),
  }),
]);
export type KeyDeficit = z.output<typeof keyDeficitSchema>;

export const dischargeInputSchema = z.object({
  today: dateInputSchema,
  primary: z.object({
    instrumentId: instrumentIdSchema,
    baseline: z.number(),
    current: z.number(),
  }),
  running: z.object({
    preInjuryWeeklyVolume: z.number().positive(),
    unit: z.enum(['km', 'minutes']),
    /** Runs in the window are those on the 7 days ending today; older runs are ignored. */
    runs: z.array(runLogSchema),
  }),
  keyDeficit: keyDeficitSchema.optional(),
});
export type DischargeInput = z.input<typeof dischargeInputSchema>;

export const DISCHARGE_CRITERION_IDS = [
  'mcid_reached',
  'running_volume',
  'key_deficit_resolved',
] as const;

export const dischargeCriterionSchema = z.object({
  id: z.enum(DISCHARGE_CRITERION_IDS),
  /** Null when the data to judge it is missing. */
  met: z.boolean().nullable(),
  explanation: z.string(),
});
export type DischargeCriterion = z.output<typeof dischargeCriterionSchema>;

export const dischargeEvaluationSchema = z.object({
  criteria: z.array(dischargeCriterionSchema),
  allMet: z.boolean(),
  /** Always shown: the criteria are composed, not a published rule (research.md §5.3). */
  caveat: z.string(),
});
export type DischargeEvaluation = z.output<typeof dischargeEvaluationSchema>;

import { z } from 'zod';

import type { ConditionId } from '../vocabulary/conditions';
import { conditionIds } from '../vocabulary/conditions';

/**
 * Admins enter priors as percentages with one decimal, so a value is a whole number of
 * thousandths. The smallest allowed value is one step: a prior of 0 would stop the engine from
 * ever suggesting that condition, whatever the findings.
 */
export const ORG_PRIOR_STEP = 0.001;

/**
 * Half a step. Valid values are whole thousandths, so every sum the form can produce is a whole
 * number of thousandths too: ±0.0005 accepts exactly the sums that read "100.0 %" and absorbs
 * binary rounding (about 1e-16 per addition), and nothing that would read 99.9 % or 100.1 %.
 */
export const ORG_PRIOR_SUM_TOLERANCE = ORG_PRIOR_STEP / 2;

const isWholeStep = (v: number): boolean =>
  Math.abs(v / ORG_PRIOR_STEP - Math.round(v / ORG_PRIOR_STEP)) < 1e-6;

export const orgPriorValueSchema = z.strictObject({
  value: z
    .number({ error: 'Enter a number.' })
    .min(ORG_PRIOR_STEP, { error: 'Each value must be at least 0.1 %.' })
    .max(1, { error: 'Each value must be at most 100 %.' })
    .refine(isWholeStep, { error: 'Use at most one decimal place (0.1 %).' }),
  citation: z
    .string({ error: 'A citation is text.' })
    .trim()
    .max(300, { error: 'Keep a citation under 300 characters.' })
    .transform((c) => (c === '' ? undefined : c))
    .optional(),
});
export type OrgPriorValue = z.output<typeof orgPriorValueSchema>;

/** The running total the form shows and the server checks; missing values count as 0. */
export function sumOfPriors(priors: Partial<Record<string, { value: number }>>): number {
  let sum = 0;
  for (const entry of Object.values(priors)) sum += entry?.value ?? 0;
  return sum;
}

/** "97.5 %": how the form and the server's message show a total. */
export const formatPercent = (p: number): string => `${(Math.round(p * 1000) / 10).toFixed(1)} %`;

const shape = Object.fromEntries(conditionIds.map((id) => [id, orgPriorValueSchema])) as Record<
  ConditionId,
  typeof orgPriorValueSchema
>;

/** One table: every condition, no unknown ones, summing to 1; `which` names it in the message. */
const priorTable = (which: string) =>
  z.strictObject(shape).superRefine((priors, ctx) => {
    const sum = sumOfPriors(priors);
    if (Math.abs(sum - 1) > ORG_PRIOR_SUM_TOLERANCE)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `${which} add up to ${formatPercent(sum)}; they must add up to 100.0 %.`,
      });
  });

/** The sexes an organisation sets values for; `other`/unknown sex uses their mean. */
export const orgPriorSexes = ['female', 'male'] as const;
export type OrgPriorSex = (typeof orgPriorSexes)[number];

/** One value per condition for every patient: the only shape stored before sex-specific ones. */
export const orgPriorTableSchema = priorTable('The values');
export type OrgPriorTable = z.output<typeof orgPriorTableSchema>;

/** A table per sex, as a profile started from a sex-specific built-in (clinic-method) keeps. */
export const sexSpecificOrgPriorsSchema = z.strictObject({
  female: priorTable('The female values'),
  male: priorTable('The male values'),
});
export type SexSpecificOrgPriors = z.output<typeof sexSpecificOrgPriorsSchema>;

export type OrgPriors = OrgPriorTable | SexSpecificOrgPriors;
type OrgPriorsInput =
  z.input<typeof orgPriorTableSchema> | z.input<typeof sexSpecificOrgPriorsSchema>;

export const isSexSpecific = (priors: OrgPriors): priors is SexSpecificOrgPriors =>
  Object.hasOwn(priors, 'female');

const looksSexSpecific = (input: unknown): boolean =>
  typeof input === 'object' &&
  input !== null &&
  (Object.hasOwn(input, 'female') || Object.hasOwn(input, 'male'));

/**
 * An organisation's priors as `prior_profile_versions.priors` stores them: a sex-neutral table
 * or one per sex. The shape is chosen by its keys rather than by a zod union, so a mistake is
 * reported against the shape the admin edited (a union would bury it under "Invalid input").
 */
export const orgPriorsSchema = z.custom<OrgPriorsInput>().transform((input, ctx): OrgPriors => {
  const schema = looksSexSpecific(input) ? sexSpecificOrgPriorsSchema : orgPriorTableSchema;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
  return z.NEVER;
});

/** What an admin submits to save a new version: the values and why they changed. */
export const priorsEditSchema = z.strictObject({
  priors: orgPriorsSchema,
  reason: z
    .string({ error: 'Say why the values changed.' })
    .trim()
    .min(5, { error: 'Say why the values changed (at least 5 characters).' })
    .max(1000, { error: 'Keep the reason under 1,000 characters.' }),
});
export type PriorsEdit = z.output<typeof priorsEditSchema>;

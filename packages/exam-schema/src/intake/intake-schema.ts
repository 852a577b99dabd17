import { z } from 'zod';

import {
  aggravatorIds,
  mechanicalSymptomIds,
  onsetIds,
  painQualityIds,
  painRegionIds,
  redFlagIds,
} from '../vocabulary/history-vocabulary';
import { historyMeasures } from '../vocabulary/measures';
import { sideIds } from '../vocabulary/patient-vocabulary';
import { intakeFieldLabels } from './intake-labels';

type Field = keyof typeof intakeFieldLabels;

/** Every message starts with the field's label, so a form can show it without the path. */
const say = (field: Field, text: string): string => `${intakeFieldLabels[field]}: ${text}`;

function list<const T extends readonly [string, ...string[]]>(field: Field, values: T) {
  const error = say(field, 'choose from the options shown.');
  return z.array(z.enum(values, { error }), { error }).optional();
}

function measure(field: Field & keyof typeof historyMeasures) {
  const m = historyMeasures[field];
  const error = say(field, `enter a number between ${m.min} and ${m.max} ${m.unit}.`);
  return z.number({ error }).min(m.min, { error }).max(m.max, { error }).optional();
}

const yesNo = (field: Field) => z.boolean({ error: say(field, 'answer yes or no.') }).optional();

/**
 * What the patient fills in before the first visit. Every field is optional so a draft can be
 * saved half done; `intakeSubmissionIssues` says what a submission must also have.
 */
export const intakeSchema = z.strictObject(
  {
    side: z.enum(sideIds, { error: say('side', 'choose left, right or both.') }).optional(),
    painRegions: list('painRegions', painRegionIds),
    painQualities: list('painQualities', painQualityIds),
    aggravators: list('aggravators', aggravatorIds),
    onset: z.enum(onsetIds, { error: say('onset', 'choose gradual or sudden.') }).optional(),
    durationWeeks: measure('durationWeeks'),
    nightPain: yesNo('nightPain'),
    mechanicalSymptoms: list('mechanicalSymptoms', mechanicalSymptomIds),
    backPain: yesNo('backPain'),
    weeklyDistanceKm: measure('weeklyDistanceKm'),
    recentLoadIncreasePct: measure('recentLoadIncreasePct'),
    targetRaceName: z
      .string({ error: say('targetRaceName', 'expected text.') })
      .trim()
      .max(200, { error: say('targetRaceName', 'keep it under 200 characters.') })
      .optional(),
    targetRaceDate: z.iso
      .date({ error: say('targetRaceDate', 'enter a date as YYYY-MM-DD.') })
      .optional(),
    redFlags: list('redFlags', redFlagIds),
    /** Ticked "none of these": the screen was answered, and negative. */
    noRedFlags: yesNo('noRedFlags'),
    notes: z
      .string({ error: say('notes', 'expected text.') })
      .max(2000, { error: say('notes', 'keep it under 2000 characters.') })
      .optional(),
  },
  { error: 'The intake form was not in the expected shape.' },
);
export type IntakeData = z.infer<typeof intakeSchema>;

/** Consent and the typed-name signature that turn a draft into a submitted version. */
export const intakeSignatureSchema = z.strictObject({
  consent: z.literal(true, {
    error: `${intakeFieldLabels.consent}: tick the box to give your consent.`,
  }),
  signedName: z
    .string({ error: `${intakeFieldLabels.signedName}: type your full name to sign.` })
    .trim()
    .min(1, { error: `${intakeFieldLabels.signedName}: type your full name to sign.` })
    .max(200, { error: `${intakeFieldLabels.signedName}: keep it under 200 characters.` }),
});
export type IntakeSignature = z.infer<typeof intakeSignatureSchema>;

export interface IntakeIssue {
  field: Field;
  message: string;
}

/** What a complete intake needs beyond being well formed; empty when it may be submitted. */
export function intakeSubmissionIssues(data: IntakeData): IntakeIssue[] {
  const issues: IntakeIssue[] = [];
  const need = (field: Field, text: string): void => {
    issues.push({ field, message: say(field, text) });
  };
  if (data.side === undefined) need('side', 'choose which knee hurts.');
  if (!data.painRegions?.length) need('painRegions', 'mark at least one place on the picture.');
  if (data.onset === undefined) need('onset', 'choose how it started.');
  if (data.durationWeeks === undefined) need('durationWeeks', 'say how long it has hurt.');
  const flagged = (data.redFlags?.length ?? 0) > 0;
  if (!flagged && data.noRedFlags !== true)
    need('redFlags', 'tick any that apply, or "None of these".');
  if (flagged && data.noRedFlags === true)
    need('redFlags', 'you ticked a warning sign and "None of these"; untick one.');
  return issues;
}

/** Signatures match the record's name ignoring case and extra spaces. */
export function signatureMatches(signedName: string, fullName: string): boolean {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
  return norm(signedName) !== '' && norm(signedName) === norm(fullName);
}

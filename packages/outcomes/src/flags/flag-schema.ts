import { z } from 'zod';

export const FLAG_IDS = [
  'red_flag_reported',
  'worsening',
  'saphenous_prompt',
  'race_without_go',
  'not_improving',
  'missed_follow_up',
  'low_adherence',
] as const;
export const flagIdSchema = z.enum(FLAG_IDS);
export type FlagId = z.output<typeof flagIdSchema>;

export const SEVERITIES = ['urgent', 'high', 'medium', 'low'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.output<typeof severitySchema>;

const evidenceValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const caseloadFlagSchema = z.object({
  id: flagIdSchema,
  severity: severitySchema,
  /** One sentence a clinician can act on. */
  message: z.string(),
  /** The data that raised the flag, so the chart can show why. */
  evidence: z.record(z.string(), evidenceValue),
  /** Present on the saphenous prompt: the history change to re-run the diagnosis engine with. */
  suggestedHistory: z.object({ priorCareFailed: z.array(z.string()) }).optional(),
});
export type CaseloadFlag = z.output<typeof caseloadFlagSchema>;

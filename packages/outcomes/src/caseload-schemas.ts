import { z } from 'zod';

import { dateInputSchema, isoDateSchema } from './dates';
import { instrumentIdSchema } from './instrument-catalog';

export const datedScoreSchema = z.object({
  instrumentId: instrumentIdSchema,
  date: isoDateSchema,
  value: z.number(),
});
export type DatedScore = z.output<typeof datedScoreSchema>;

export const painLogSchema = z.object({
  date: isoDateSchema,
  /** Pain during the run, 0–10. */
  painDuring: z.number().min(0).max(10),
  /** Pain the next morning, 0–10; absent until the patient reports it. */
  painNextMorning: z.number().min(0).max(10).optional(),
});
export type PainLog = z.output<typeof painLogSchema>;

export const adherenceWeekSchema = z.object({
  /** First day of the plan week. */
  weekStart: isoDateSchema,
  sessionsPlanned: z.number().int().min(0),
  sessionsDone: z.number().int().min(0),
});
export type AdherenceWeek = z.output<typeof adherenceWeekSchema>;

export const followUpStatusSchema = z.enum(['pending', 'answered', 'missed', 'cancelled']);
export const followUpRecordSchema = z.object({
  key: z.string(),
  dueDate: isoDateSchema,
  status: followUpStatusSchema,
});
export type FollowUpRecord = z.output<typeof followUpRecordSchema>;

export const redFlagRecordSchema = z.object({
  id: z.string(),
  label: z.string(),
  reportedOn: isoDateSchema,
  /** A clinician has reviewed it; reviewed flags stop raising the caseload flag. */
  reviewed: z.boolean(),
});
export type RedFlagRecord = z.output<typeof redFlagRecordSchema>;

export const caseloadPatientSchema = z.object({
  patientId: z.string(),
  today: dateInputSchema,
  planStart: isoDateSchema,
  /** The condition the current plan treats (exam-schema condition id). */
  planCondition: z.string(),
  /** The instrument the plan is judged on; its MCID decides "not improving". */
  primaryInstrumentId: instrumentIdSchema,
  scores: z.array(datedScoreSchema),
  painLogs: z.array(painLogSchema),
  adherence: z.array(adherenceWeekSchema),
  followUps: z.array(followUpRecordSchema),
  raceDate: isoDateSchema.optional(),
  goNoGoDecision: z.enum(['go', 'no_go']).optional(),
  redFlags: z.array(redFlagRecordSchema),
  /** Latest intake/exam: exam-schema pain region and pain quality ids. */
  painRegions: z.array(z.string()),
  painQualities: z.array(z.string()),
  /** Already in the case history; the saphenous prompt stays quiet once it is recorded. */
  priorCareFailed: z.array(z.string()),
});
export type CaseloadPatient = z.output<typeof caseloadPatientSchema>;
export type CaseloadPatientInput = z.input<typeof caseloadPatientSchema>;

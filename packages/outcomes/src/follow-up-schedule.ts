import { z } from 'zod';

import type { IsoDate } from './dates';
import { addDays, dateInputSchema, daysBetween, isoDateSchema } from './dates';

/** Weeks after plan start at which a questionnaire is requested (issue 6 default). */
export const FOLLOW_UP_WEEKS = [2, 4, 6, 8] as const;
/** The pre-decision request goes out this many days before go/no-go, so answers are in. */
export const PRE_DECISION_LEAD_DAYS = 3;
/** Without an explicit go/no-go date, decide this long before the race. */
export const DEFAULT_GO_NO_GO_DAYS_BEFORE_RACE = 14;
/** Two requests this close together are merged into one: patients should not answer twice. */
export const MERGE_WINDOW_DAYS = 3;

export const followUpScheduleInputSchema = z.object({
  planStart: dateInputSchema,
  raceDate: dateInputSchema.optional(),
  goNoGoDate: dateInputSchema.optional(),
  today: dateInputSchema,
});
export type FollowUpScheduleInput = z.input<typeof followUpScheduleInputSchema>;

export const followUpReasonSchema = z.enum([
  'week_2',
  'week_4',
  'week_6',
  'week_8',
  'pre_go_no_go',
]);
export type FollowUpReason = z.output<typeof followUpReasonSchema>;

export const followUpRequestSchema = z.object({
  /** Stable for the same inputs (e.g. `week-6+pre-go-no-go`): use it as the job dedupe key. */
  key: z.string(),
  dueDate: isoDateSchema,
  reasons: z.array(followUpReasonSchema).min(1),
});
export type FollowUpRequest = z.output<typeof followUpRequestSchema>;

export const followUpScheduleSchema = z.object({
  requests: z.array(followUpRequestSchema),
  /** Requests not scheduled and why, so the caller can show or log them. */
  skipped: z.array(
    z.object({
      key: z.string(),
      dueDate: isoDateSchema,
      reason: z.enum(['in_the_past', 'decision_passed']),
    }),
  ),
  /** The go/no-go date used (given, or derived from the race date), if any. */
  goNoGoDate: isoDateSchema.nullable(),
});
export type FollowUpSchedule = z.output<typeof followUpScheduleSchema>;

function keyOf(reasons: readonly FollowUpReason[]): string {
  return reasons.map((reason) => reason.replaceAll('_', '-')).join('+');
}

interface Candidate {
  dueDate: IsoDate;
  reasons: FollowUpReason[];
}

/**
 * Questionnaire requests for a plan: weeks 2, 4, 6 and 8 from plan start, plus one
 * `PRE_DECISION_LEAD_DAYS` before the go/no-go date. Requests within `MERGE_WINDOW_DAYS`
 * of each other merge into the earlier date (early answers still serve the later purpose);
 * requests before `today` are skipped. A pre-decision request whose lead time has passed
 * moves to today while the decision is still ahead.
 */
export function followUpSchedule(input: FollowUpScheduleInput): FollowUpSchedule {
  const { planStart, raceDate, goNoGoDate, today } = followUpScheduleInputSchema.parse(input);
  const skipped: FollowUpSchedule['skipped'] = [];
  const candidates: Candidate[] = FOLLOW_UP_WEEKS.map((week) => ({
    dueDate: addDays(planStart, week * 7),
    reasons: [`week_${week}` as const],
  }));

  const decision =
    goNoGoDate ??
    (raceDate === undefined ? null : addDays(raceDate, -DEFAULT_GO_NO_GO_DAYS_BEFORE_RACE));
  if (decision !== null) {
    const ideal = addDays(decision, -PRE_DECISION_LEAD_DAYS);
    if (daysBetween(today, decision) < 0) {
      skipped.push({ key: 'pre-go-no-go', dueDate: ideal, reason: 'decision_passed' });
    } else {
      const dueDate = daysBetween(today, ideal) < 0 ? today : ideal;
      candidates.push({ dueDate, reasons: ['pre_go_no_go'] });
    }
  }

  const upcoming: Candidate[] = [];
  for (const candidate of candidates) {
    if (daysBetween(today, candidate.dueDate) < 0) {
      skipped.push({
        key: keyOf(candidate.reasons),
        dueDate: candidate.dueDate,
        reason: 'in_the_past',
      });
    } else {
      upcoming.push(candidate);
    }
  }
  upcoming.sort((a, b) => daysBetween(b.dueDate, a.dueDate));

  const merged: Candidate[] = [];
  for (const candidate of upcoming) {
    const last = merged.at(-1);
    if (last !== undefined && daysBetween(last.dueDate, candidate.dueDate) <= MERGE_WINDOW_DAYS) {
      last.reasons.push(...candidate.reasons);
    } else {
      merged.push({ dueDate: candidate.dueDate, reasons: [...candidate.reasons] });
    }
  }
  return {
    requests: merged.map((request) => ({ key: keyOf(request.reasons), ...request })),
    skipped,
    goNoGoDate: decision,
  };
}

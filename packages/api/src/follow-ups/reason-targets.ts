import type { FollowUpReason } from '@stride/outcomes';
import {
  addDays,
  DEFAULT_GO_NO_GO_DAYS_BEFORE_RACE,
  followUpReasonSchema,
  PRE_DECISION_LEAD_DAYS,
} from '@stride/outcomes';

export interface PlanDates {
  startDate: string;
  raceDate: string | null;
  goNoGoDate: string | null;
}

/**
 * The date a reason aims at under a plan's dates (before merging or moving to today). Two plan
 * versions ask the same question exactly when this date is the same: a new race date moves the
 * pre-decision request, a new start date moves the weekly ones, an exercise edit moves nothing.
 */
export function reasonTarget(reason: FollowUpReason, plan: PlanDates): string | null {
  switch (reason) {
    case 'week_2':
      return addDays(plan.startDate, 14);
    case 'week_4':
      return addDays(plan.startDate, 28);
    case 'week_6':
      return addDays(plan.startDate, 42);
    case 'week_8':
      return addDays(plan.startDate, 56);
    case 'pre_go_no_go': {
      const decision =
        plan.goNoGoDate ??
        (plan.raceDate === null
          ? null
          : addDays(plan.raceDate, -DEFAULT_GO_NO_GO_DAYS_BEFORE_RACE));
      return decision === null ? null : addDays(decision, -PRE_DECISION_LEAD_DAYS);
    }
    default: {
      const unknown: never = reason;
      throw new Error(`unknown follow-up reason ${String(unknown)}`);
    }
  }
}

/** Stored reasons, read back; anything unknown is dropped rather than trusted. */
export function parseReasons(stored: readonly string[]): FollowUpReason[] {
  return stored.flatMap((r) => {
    const parsed = followUpReasonSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** outcomes' key format (`week-6+pre-go-no-go`) for a set of reasons. */
export function keyOf(reasons: readonly FollowUpReason[]): string {
  return reasons.map((reason) => reason.replaceAll('_', '-')).join('+');
}

const REASON_WORDS: Record<FollowUpReason, string> = {
  week_2: 'week 2',
  week_4: 'week 4',
  week_6: 'week 6',
  week_8: 'week 8',
  pre_go_no_go: 'before your race decision',
};

/** "Week 6 check-in", "Check-in before your race decision", in words a patient reads. */
export function followUpTitle(stored: readonly string[]): string {
  const reasons = parseReasons(stored);
  const weeks = reasons.filter((r) => r !== 'pre_go_no_go').map((r) => REASON_WORDS[r]);
  const preDecision = reasons.includes('pre_go_no_go');
  if (weeks.length === 0) return preDecision ? 'Check-in before your race decision' : 'Check-in';
  const head = `${weeks.join(' and ')} check-in`;
  const title = head.charAt(0).toUpperCase() + head.slice(1);
  return preDecision ? `${title}, before your race decision` : title;
}

import type { CaseloadPatient, FollowUpRecord } from '../caseload-schemas';
import type { CaseloadFlag } from './flag-schema';
import { assertNever } from '../assert-never';
import { daysBetween } from '../dates';

/** A pending request this many days past due counts as missed even before a job marks it. */
export const FOLLOW_UP_GRACE_DAYS = 3;

/** True when a request is marked missed, or still pending more than the grace days after due. */
export function isFollowUpMissed(request: FollowUpRecord, today: string): boolean {
  switch (request.status) {
    case 'missed':
      return true;
    case 'pending':
      return daysBetween(request.dueDate, today) > FOLLOW_UP_GRACE_DAYS;
    case 'answered':
    case 'cancelled':
      return false;
    default:
      return assertNever(request.status);
  }
}

export function missedFollowUpFlag(patient: CaseloadPatient, today: string): CaseloadFlag | null {
  const missed = patient.followUps.filter((request) => isFollowUpMissed(request, today));
  if (missed.length === 0) return null;
  const dates = missed.map((request) => request.dueDate).sort();
  return {
    id: 'missed_follow_up',
    severity: 'low',
    message: `${missed.length} follow-up questionnaire${missed.length > 1 ? 's' : ''} unanswered (due ${dates.join(', ')}): call or message the patient.`,
    evidence: { keys: missed.map((request) => request.key), dueDates: dates },
  };
}

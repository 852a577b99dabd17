import type { AdherenceWeek, CaseloadPatient } from '../caseload-schemas';
import type { CaseloadFlag } from './flag-schema';
import { addDays, daysBetween } from '../dates';

export const LOW_ADHERENCE_THRESHOLD = 0.5;

export interface RecentAdherence {
  readonly weeks: readonly AdherenceWeek[];
  readonly ratio: number;
}

/**
 * Pooled adherence over the two most recent weeks that have ended by `today`. Null if fewer
 * than two finished weeks exist or nothing was planned in them.
 */
export function recentAdherence(patient: CaseloadPatient, today: string): RecentAdherence | null {
  const finished = patient.adherence
    .filter((week) => daysBetween(addDays(week.weekStart, 7), today) >= 0)
    .sort((a, b) => daysBetween(a.weekStart, b.weekStart));
  const weeks = finished.slice(0, 2);
  if (weeks.length < 2) return null;
  const planned = weeks.reduce((sum, week) => sum + week.sessionsPlanned, 0);
  if (planned === 0) return null;
  const done = weeks.reduce(
    (sum, week) => sum + Math.min(week.sessionsDone, week.sessionsPlanned),
    0,
  );
  return { weeks, ratio: done / planned };
}

/** Strictly under 50 % of planned sessions done across the last two finished weeks. */
export function lowAdherenceFlag(patient: CaseloadPatient, today: string): CaseloadFlag | null {
  const recent = recentAdherence(patient, today);
  if (recent === null || recent.ratio >= LOW_ADHERENCE_THRESHOLD) return null;
  const percent = Math.round(recent.ratio * 100);
  return {
    id: 'low_adherence',
    severity: 'low',
    message: `Only ${percent} % of planned sessions done over the last two weeks: ask what is getting in the way and simplify the plan.`,
    evidence: {
      percent,
      weekStarts: recent.weeks.map((week) => week.weekStart),
    },
  };
}

import type { CaseloadPatient } from '../caseload-schemas';
import type { CaseloadFlag } from './flag-schema';
import { daysBetween } from '../dates';

export const RACE_WINDOW_DAYS = 28;

/**
 * The race is 0–28 days away and no go/no-go decision is recorded. A recorded `no_go` is a
 * decision, so it does not flag: the flag asks the clinician to decide, not to say yes.
 */
export function raceWithoutGoFlag(patient: CaseloadPatient, today: string): CaseloadFlag | null {
  if (patient.raceDate === undefined || patient.goNoGoDecision !== undefined) return null;
  const daysToRace = daysBetween(today, patient.raceDate);
  if (daysToRace < 0 || daysToRace > RACE_WINDOW_DAYS) return null;
  return {
    id: 'race_without_go',
    severity: 'medium',
    message: `Race in ${daysToRace} day${daysToRace === 1 ? '' : 's'} (${patient.raceDate}) with no go/no-go decision: review the latest scores and decide with the patient.`,
    evidence: { raceDate: patient.raceDate, daysToRace },
  };
}

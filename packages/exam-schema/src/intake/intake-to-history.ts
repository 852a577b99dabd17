import type { History } from '../case/history-schema';
import type { IntakeData } from './intake-schema';

/**
 * The case format's `history` from an intake. Only answered fields are carried over: absent
 * means "not asked", so an untouched question must not become a negative finding.
 */
export function intakeToHistory(data: IntakeData): History {
  const history: History = {};
  if (data.painRegions?.length) history.painRegions = [...data.painRegions];
  if (data.painQualities?.length) history.painQualities = [...data.painQualities];
  if (data.aggravators?.length) history.aggravators = [...data.aggravators];
  if (data.onset !== undefined) history.onset = data.onset;
  if (data.durationWeeks !== undefined) history.durationWeeks = data.durationWeeks;
  if (data.nightPain !== undefined) history.nightPain = data.nightPain;
  if (data.mechanicalSymptoms?.length) history.mechanicalSymptoms = [...data.mechanicalSymptoms];
  if (data.backPain !== undefined) history.backPain = data.backPain;
  if (data.weeklyDistanceKm !== undefined) history.weeklyDistanceKm = data.weeklyDistanceKm;
  if (data.recentLoadIncreasePct !== undefined)
    history.recentLoadIncreasePct = data.recentLoadIncreasePct;
  // A screen answered "none" is a negative finding; an unanswered one stays absent.
  if (data.redFlags?.length) history.redFlags = [...data.redFlags];
  else if (data.noRedFlags === true) history.redFlags = [];
  const race = {
    ...(data.targetRaceName ? { name: data.targetRaceName } : {}),
    ...(data.targetRaceDate ? { date: data.targetRaceDate } : {}),
  };
  if (race.name !== undefined || race.date !== undefined) history.targetRace = race;
  return history;
}

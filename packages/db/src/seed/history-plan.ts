import type { AppointmentStatus } from '../schema';

/** The clinic causes the demo history diagnoses, with left-side ICD-10-CM codes. */
export const HISTORY_CONDITIONS = [
  ['patellofemoral_malalignment', 'M22.2X2'],
  ['patellofemoral_malalignment', 'M22.2X2'],
  ['iliotibial_band_syndrome', 'M76.32'],
  ['iliotibial_band_syndrome', 'M76.32'],
  ['chondromalacia_patellae', 'M22.42'],
  ['femoral_nerve_irritation', 'G57.22'],
  ['saphenous_nerve_entrapment', 'G57.82'],
] as const;

/** Day slots (local wall clock) 75 minutes apart: room for an hour's visit and its buffer. */
export const SLOT_STARTS = ['08:00', '09:15', '10:30', '11:45', '13:00', '14:15'] as const;
export const SATURDAY_SLOTS = 3;

/** Mostly attended, with the no-shows and cancellations a clinic really sees. */
export function pickOutcome(r: number): { status: AppointmentStatus; cancelHoursBefore?: number } {
  if (r < 0.08) return { status: 'no_show' };
  if (r < 0.14) return { status: 'cancelled', cancelHoursBefore: 3 };
  if (r < 0.2) return { status: 'cancelled', cancelHoursBefore: 96 };
  return { status: 'completed' };
}

/** A local wall-clock time in an IANA zone as an instant (business hours: no DST gap). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(guess);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asLocal = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess.getTime() - (asLocal - guess.getTime()));
}

export const DAY_MS = 86_400_000;
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** ISO weekday, 1 = Monday. */
export const isoWeekday = (date: string): number =>
  ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

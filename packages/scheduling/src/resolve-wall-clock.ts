import { DateTime, IANAZone } from 'luxon';

import type { LocalDate } from './time-schemas';

/**
 * How a wall-clock reading maps to an instant on a given day:
 * - `exact`: it happens once;
 * - `ambiguous`: it happens twice (fall back); `instant` is the first occurrence;
 * - `skipped`: it never happens (spring forward); `instant` is the transition, the first
 *   moment the clock reads later than it.
 */
export interface WallClockResolution {
  readonly instant: number;
  readonly kind: 'exact' | 'ambiguous' | 'skipped';
}

const DAY_MS = 86_400_000;

/** Calendar arithmetic on a local date; done in UTC so no zone can shift it. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  // Not a real date (Date.parse rolls 02-30 over to March): leave it as it was given.
  if (Number.isNaN(midnight) || new Date(midnight).toISOString().slice(0, 10) !== date) return date;
  return new Date(midnight + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a local date. */
export function weekdayOf(date: LocalDate): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The local date an instant falls on in `zone`. */
export function localDateOf(instant: number, zone: string): LocalDate {
  return DateTime.fromMillis(instant, { zone }).toISODate() ?? '';
}

/**
 * Resolve `minuteOfDay` (0..1440; 1440 is the next midnight) on `date` in `zone` with luxon.
 * Luxon alone moves a skipped time forward by the gap and picks the later of two ambiguous
 * instants; we want "the first moment the clock reads this", so both are corrected here.
 */
export function resolveWallClock(
  date: LocalDate,
  minuteOfDay: number,
  zone: string,
): WallClockResolution {
  const calendar = DateTime.fromISO(date, { zone: 'UTC' }).plus({ minutes: minuteOfDay });
  const wanted = {
    year: calendar.year,
    month: calendar.month,
    day: calendar.day,
    hour: calendar.hour,
    minute: calendar.minute,
  };
  const resolved = DateTime.fromObject(wanted, { zone });
  const matches =
    resolved.day === wanted.day &&
    resolved.hour === wanted.hour &&
    resolved.minute === wanted.minute;

  if (!matches) {
    // Luxon read the time with the pre-transition offset, landing `gap` past it on the clock.
    const gapMs = resolved.setZone('UTC', { keepLocalTime: true }).toMillis() - calendar.toMillis();
    return {
      instant: findTransition(zone, resolved.toMillis() - gapMs, resolved.toMillis()),
      kind: 'skipped',
    };
  }

  const candidates = resolved.getPossibleOffsets();
  if (candidates.length > 1) {
    return {
      instant: Math.min(...candidates.map((candidate) => candidate.toMillis())),
      kind: 'ambiguous',
    };
  }
  return { instant: resolved.toMillis(), kind: 'exact' };
}

/** First millisecond in (before, after] that already has `after`'s offset. */
export function findTransition(zoneName: string, before: number, after: number): number {
  const zone = IANAZone.create(zoneName);
  const target = zone.offset(after);
  let low = before;
  let high = after;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zone.offset(middle) === target) high = middle;
    else low = middle;
  }
  return high;
}

import { IANAZone } from 'luxon';

import type { WallClockResolution } from './resolve-wall-clock';
import type { LocalDate } from './time-schemas';
import { findTransition, resolveWallClock } from './resolve-wall-clock';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** One local date in one zone: wall-clock minutes to instants, and instants to wall clock. */
export interface ZoneDay {
  readonly date: LocalDate;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  /** Local midnight to the next local midnight. */
  readonly start: number;
  readonly end: number;
  /** `minuteOfDay` 0..1440 on this date, with the rules of `resolveWallClock`. */
  resolve(minuteOfDay: number): WallClockResolution;
  /** The zone's UTC offset in minutes at an instant of this day (east positive). */
  offsetAt(instant: number): number;
}

/** The wall clock at `instant` under `offsetMinutes`, e.g. `2026-11-01T01:30:00-07:00`. */
export function formatLocalIso(instant: number, offsetMinutes: number): string {
  return `${new Date(instant + offsetMinutes * MINUTE_MS).toISOString().slice(0, 19)}${formatOffset(offsetMinutes)}`;
}

/** `HH:mm` of the wall clock at `instant` under `offsetMinutes`. */
export function formatLocalTime(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * MINUTE_MS).toISOString().slice(11, 16);
}

/** `+05:30`, `-08:00`; zero is `+00:00`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offsetMinutes));
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Minutes since local midnight of the wall clock at `instant` under `offsetMinutes`. */
export function localMinuteOfDay(instant: number, offsetMinutes: number): number {
  const wall = instant + offsetMinutes * MINUTE_MS;
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

interface DayGeometry {
  readonly start: number;
  readonly end: number;
  /** Offsets in minutes at local midnight and at the next one. */
  readonly before: number;
  readonly after: number;
  /** The first instant with `after`'s offset, when the two differ. */
  readonly transition: number;
}

/**
 * A zone's rules for a date never change within a process, and slot queries keep asking for
 * the same few weeks, so each date's geometry is worked out once. Bounded so a long-running
 * server cannot grow it without end.
 */
const geometryCache = new Map<string, DayGeometry>();
const GEOMETRY_CACHE_SIZE = 20_000;

function dayGeometry(date: LocalDate, zone: string): DayGeometry {
  const key = `${zone} ${date}`;
  const known = geometryCache.get(key);
  if (known !== undefined) return known;
  const start = resolveWallClock(date, 0, zone).instant;
  const end = resolveWallClock(date, 1440, zone).instant;
  const rules = IANAZone.create(zone);
  const before = rules.offset(start);
  const after = rules.offset(end);
  const transition = before === after ? end : findTransition(zone, start, end);
  const geometry = { start, end, before, after, transition };
  if (geometryCache.size >= GEOMETRY_CACHE_SIZE) geometryCache.clear();
  geometryCache.set(key, geometry);
  return geometry;
}

/**
 * Luxon asks Intl for every offset, which costs microseconds a call and a week of slots
 * needs thousands. So we ask the zone's rules (through luxon) once per day: the offset at
 * midnight, at the next midnight, and the instant it changes, if it does (cached). Each wall
 * time is then plain arithmetic on those offsets. Days whose two ends share an offset yet are
 * not 24 hours long (a transition at midnight) take the slow path.
 */
export function makeZoneDay(date: LocalDate, zone: string): ZoneDay {
  const { start, end, before, after, transition } = dayGeometry(date, zone);
  // The wall clock counted on a UTC calendar (no DST there), then read at a fixed offset.
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const wallAt = (minuteOfDay: number, offset: number): number =>
    midnight + (minuteOfDay - offset) * MINUTE_MS;
  const day = { date, weekday: ((new Date(midnight).getUTCDay() + 6) % 7) + 1, start, end };

  if (before === after) {
    if (end - start !== DAY_MS) {
      const memo = new Map<number, WallClockResolution>();
      return {
        ...day,
        resolve: (minuteOfDay) => {
          const known = memo.get(minuteOfDay);
          if (known !== undefined) return known;
          const resolved = resolveWallClock(date, minuteOfDay, zone);
          memo.set(minuteOfDay, resolved);
          return resolved;
        },
        offsetAt: (instant) => IANAZone.create(zone).offset(instant),
      };
    }
    return {
      ...day,
      resolve: (minuteOfDay) => ({ instant: wallAt(minuteOfDay, before), kind: 'exact' }),
      offsetAt: () => before,
    };
  }

  return {
    ...day,
    resolve: (minuteOfDay) => {
      // A wall time happens under the old offset if that lands before the change, and under
      // the new one if that lands after it: both is a repeat, neither is a skip.
      const early = wallAt(minuteOfDay, before);
      const late = wallAt(minuteOfDay, after);
      const hasEarly = early < transition;
      const hasLate = late >= transition;
      if (hasEarly && hasLate) return { instant: Math.min(early, late), kind: 'ambiguous' };
      if (hasEarly) return { instant: early, kind: 'exact' };
      if (hasLate) return { instant: late, kind: 'exact' };
      return { instant: transition, kind: 'skipped' };
    },
    offsetAt: (instant) => (instant < transition ? before : after),
  };
}

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
  /** `formatLocalIso`, and its `HH:mm`, for instants near this day without a Date each. */
  localIso(instant: number): string;
  localTime(instant: number): string;
  /** The UTC ISO form of an instant near this day, as `Date#toISOString` writes it. */
  utcIso(instant: number): string;
}

/** The wall clock at `instant` under `offsetMinutes`, e.g. `2026-11-01T01:30:00-07:00`. */
export function formatLocalIso(instant: number, offsetMinutes: number): string {
  return `${new Date(instant + offsetMinutes * MINUTE_MS).toISOString().slice(0, 19)}${formatOffset(offsetMinutes)}`;
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

const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));

/**
 * Writes `YYYY-MM-DDTHH:mm:ss` for a wall-clock reading (epoch ms counted on a UTC calendar)
 * within a day of `date`, from three precomputed dates; farther readings go through Date.
 * A week of slots writes four labels per slot, and toISOString was a measurable share of it.
 */
function isoWriter(date: LocalDate, midnight: number): (wall: number) => [string, number] {
  const dates = [-1, 0, 1].map((days) =>
    new Date(midnight + days * DAY_MS).toISOString().slice(0, 10),
  );
  return (wall) => {
    const days = Math.floor((wall - midnight) / DAY_MS);
    const label = dates[days + 1];
    const rest = wall - midnight - days * DAY_MS;
    if (label === undefined) {
      const iso = new Date(wall).toISOString();
      return [iso.slice(0, 19), wall - Math.floor(wall / 1000) * 1000];
    }
    const seconds = Math.floor(rest / 1000);
    const hh = TWO_DIGITS[Math.floor(seconds / 3600)] ?? '';
    const mm = TWO_DIGITS[Math.floor(seconds / 60) % 60] ?? '';
    const ss = TWO_DIGITS[seconds % 60] ?? '';
    return [`${label}T${hh}:${mm}:${ss}`, rest - seconds * 1000];
  };
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
  const write = isoWriter(date, midnight);
  const offsetLabels = new Map<number, string>();
  const offsetLabel = (offset: number): string => {
    let label = offsetLabels.get(offset);
    if (label === undefined) {
      label = formatOffset(offset);
      offsetLabels.set(offset, label);
    }
    return label;
  };
  const labels = (offsetAt: (instant: number) => number) => ({
    localIso: (instant: number): string => {
      const offset = offsetAt(instant);
      return `${write(instant + offset * MINUTE_MS)[0]}${offsetLabel(offset)}`;
    },
    localTime: (instant: number): string =>
      write(instant + offsetAt(instant) * MINUTE_MS)[0].slice(11, 16),
    utcIso: (instant: number): string => {
      const [wall, millis] = write(instant);
      return `${wall}.${String(millis).padStart(3, '0')}Z`;
    },
  });
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
        ...labels((instant) => IANAZone.create(zone).offset(instant)),
      };
    }
    return {
      ...day,
      resolve: (minuteOfDay) => ({ instant: wallAt(minuteOfDay, before), kind: 'exact' }),
      offsetAt: () => before,
      ...labels(() => before),
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
    ...labels((instant) => (instant < transition ? before : after)),
  };
}

import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';

import type { WallClockResolution } from './resolve-wall-clock';
import type { LocalDate } from './time-schemas';
import { findTransition, resolveWallClock } from './resolve-wall-clock';

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
  /** The instant as a luxon DateTime on this zone's wall clock. */
  local(instant: number): DateTime;
}

/**
 * Luxon asks Intl for every offset, which costs microseconds a call and a week of slots
 * needs thousands. So we ask the zone's rules (through luxon) once per day: the offset at
 * midnight, at the next midnight, and the instant it changes, if it does. Each wall time is
 * then read against those offsets with luxon's fixed-offset zones. Days whose two ends share
 * an offset yet are not 24 hours long (a transition at midnight) take the slow path.
 */
export function makeZoneDay(date: LocalDate, zone: string): ZoneDay {
  const start = resolveWallClock(date, 0, zone).instant;
  const end = resolveWallClock(date, 1440, zone).instant;
  const rules = IANAZone.create(zone);
  const before = FixedOffsetZone.instance(rules.offset(start));
  const after = FixedOffsetZone.instance(rules.offset(end));
  // The wall clock counted on a UTC calendar (no DST there), then read at a fixed offset.
  const calendar = DateTime.fromISO(date, { zone: 'UTC' });
  const midnight = calendar.toMillis();
  const wallAt = (minuteOfDay: number, offset: FixedOffsetZone): number =>
    DateTime.fromMillis(midnight + minuteOfDay * 60_000, { zone: 'UTC' })
      .setZone(offset, { keepLocalTime: true })
      .toMillis();
  const memo = new Map<number, WallClockResolution>();
  const remember =
    (resolve: (minuteOfDay: number) => WallClockResolution) =>
    (minuteOfDay: number): WallClockResolution => {
      const known = memo.get(minuteOfDay);
      if (known !== undefined) return known;
      const resolved = resolve(minuteOfDay);
      memo.set(minuteOfDay, resolved);
      return resolved;
    };
  const day = { date, weekday: calendar.weekday, start, end };

  if (before.equals(after)) {
    if (end - start !== 86_400_000) {
      return {
        ...day,
        resolve: remember((minuteOfDay) => resolveWallClock(date, minuteOfDay, zone)),
        local: (instant) => DateTime.fromMillis(instant, { zone }),
      };
    }
    return {
      ...day,
      resolve: remember((minuteOfDay) => ({ instant: wallAt(minuteOfDay, before), kind: 'exact' })),
      local: (instant) => DateTime.fromMillis(instant, { zone: before }),
    };
  }

  const transition = findTransition(zone, start, end);
  return {
    ...day,
    resolve: remember((minuteOfDay) => {
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
    }),
    local: (instant) =>
      DateTime.fromMillis(instant, { zone: instant < transition ? before : after }),
  };
}

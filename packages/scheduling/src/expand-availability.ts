import type { Interval } from './interval-set';
import type { Clinician, Location } from './rule-schemas';
import type { WallTime } from './time-schemas';
import type { ZoneDay } from './zone-day';
import { assertNever } from './assert-never';
import { intersectIntervals, normalizeIntervals, subtractIntervals } from './interval-set';
import { wallTimeToMinutes } from './time-schemas';

interface WallWindow {
  readonly start: WallTime;
  readonly end: WallTime;
}

/**
 * Wall-clock windows on one local date as instants. Each end is resolved on its own, so a
 * window across a DST change is shorter or longer in real time than on the clock, as it is.
 */
export function expandWallWindows(day: ZoneDay, windows: readonly WallWindow[]): Interval[] {
  return normalizeIntervals(
    windows.map((window) => ({
      start: day.resolve(wallTimeToMinutes(window.start)).instant,
      end: day.resolve(wallTimeToMinutes(window.end)).instant,
    })),
  );
}

const WHOLE_DAY: WallWindow = { start: '00:00', end: '24:00' };

/** When the location is open on a local date. */
export function expandOpeningHours(location: Location, day: ZoneDay): Interval[] {
  if (location.closedDates?.includes(day.date) === true) return [];
  const weekday = day.weekday;
  const windows = location.openingHours.filter((window) => window.weekday === weekday);
  return expandWallWindows(day, windows);
}

/**
 * When a clinician can see patients at a location on a local date:
 * (weekly hours there + extra hours there) - time off, within `open`.
 */
export function expandClinicianAvailability(
  clinician: Clinician,
  location: Location,
  day: ZoneDay,
  open: readonly Interval[],
): Interval[] {
  if (open.length === 0) return [];
  const weekday = day.weekday;
  const exceptions = (clinician.exceptions ?? []).filter(
    (exception) => exception.date === day.date,
  );
  const working: WallWindow[] = clinician.workingHours.filter(
    (window) => window.locationId === location.id && window.weekday === weekday,
  );
  const away: WallWindow[] = [];
  for (const exception of exceptions) {
    switch (exception.kind) {
      case 'extra_hours':
        if (exception.locationId === location.id) working.push(exception);
        break;
      case 'time_off':
        away.push(
          exception.start !== undefined && exception.end !== undefined
            ? { start: exception.start, end: exception.end }
            : WHOLE_DAY,
        );
        break;
      default:
        assertNever(exception);
    }
  }
  if (working.length === 0) return [];
  const hours = expandWallWindows(day, working);
  return subtractIntervals(intersectIntervals(hours, open), expandWallWindows(day, away));
}

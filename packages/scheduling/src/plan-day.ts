import type { Interval } from './interval-set';
import type { PreparedQuery } from './prepare-query';
import type { LocalDate } from './time-schemas';
import type { ZoneDay } from './zone-day';
import { expandClinicianAvailability, expandOpeningHours } from './expand-availability';
import { busyOf } from './index-busy';
import { overlapMs } from './interval-set';
import { compareIds } from './prepare-query';
import { makeZoneDay } from './zone-day';

export interface ClinicianDay {
  readonly id: string;
  /** Bookable time: hours at the location within opening hours, minus time off. */
  readonly available: readonly Interval[];
}

export interface DayPlan {
  readonly date: LocalDate;
  readonly zoneDay: ZoneDay;
  /** Clinicians working that day, in pick order. */
  readonly clinicians: readonly ClinicianDay[];
}

/**
 * Availability of every candidate clinician on one local date. The pick order puts the
 * least booked clinician first so "any clinician" spreads the load, then falls back to id.
 */
export function planDay(prepared: PreparedQuery, date: LocalDate): DayPlan {
  const zoneDay = makeZoneDay(date, prepared.zone);
  const open = expandOpeningHours(prepared.location, zoneDay);
  const day: Interval = { start: zoneDay.start, end: zoneDay.end };
  const working = prepared.clinicians
    .map((clinician) => ({
      id: clinician.id,
      available: expandClinicianAvailability(clinician, prepared.location, zoneDay, open),
      bookedMs: overlapMs(busyOf(prepared.busy, clinician.id), day),
    }))
    .filter((clinician) => clinician.available.length > 0)
    .sort((a, b) => a.bookedMs - b.bookedMs || compareIds(a.id, b.id));
  return { date, zoneDay, clinicians: working.map(({ id, available }) => ({ id, available })) };
}

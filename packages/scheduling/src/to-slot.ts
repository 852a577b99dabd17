import type { PreparedQuery } from './prepare-query';
import type { Slot, SlotResources } from './slot-types';
import type { ZoneDay } from './zone-day';
import { occupiedSpan } from './evaluate-start';

interface Takers {
  readonly clinicianIds: readonly string[];
  readonly resources: readonly SlotResources[];
}

function utcIso(instant: number): string {
  return new Date(instant).toISOString();
}

// Spelled out so a zero offset reads `+00:00` on every day, as it does on transition days.
const LOCAL_ISO = "yyyy-MM-dd'T'HH:mm:ssZZ";

/** Label a bookable start with UTC instants and the location's wall clock. */
export function toSlot(prepared: PreparedQuery, day: ZoneDay, start: number, takers: Takers): Slot {
  const end = start + prepared.durationMs;
  const occupied = occupiedSpan(prepared, start);
  const localStart = day.local(start);
  const localEnd = day.local(end);
  return {
    locationId: prepared.location.id,
    appointmentTypeId: prepared.appointmentType.id,
    start: utcIso(start),
    end: utcIso(end),
    startMs: start,
    endMs: end,
    occupiedStartMs: occupied.start,
    occupiedEndMs: occupied.end,
    timeZone: prepared.zone,
    localDate: day.date,
    localTime: localStart.toFormat('HH:mm'),
    localStart: localStart.toFormat(LOCAL_ISO),
    localEnd: localEnd.toFormat(LOCAL_ISO),
    utcOffset: localStart.toFormat('ZZ'),
    clinicianIds: takers.clinicianIds,
    resources: takers.resources,
  };
}

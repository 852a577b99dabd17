import type { PreparedQuery } from './prepare-query';
import type { Slot, SlotResources } from './slot-types';
import type { ZoneDay } from './zone-day';
import { occupiedSpan } from './evaluate-start';
import { formatOffset } from './zone-day';

interface Takers {
  readonly clinicianIds: readonly string[];
  readonly resources: readonly SlotResources[];
}

/** Label a bookable start with UTC instants and the location's wall clock. */
export function toSlot(prepared: PreparedQuery, day: ZoneDay, start: number, takers: Takers): Slot {
  const end = start + prepared.durationMs;
  const occupied = occupiedSpan(prepared, start);
  const startOffset = day.offsetAt(start);
  return {
    locationId: prepared.location.id,
    appointmentTypeId: prepared.appointmentType.id,
    start: day.utcIso(start),
    end: day.utcIso(end),
    startMs: start,
    endMs: end,
    occupiedStartMs: occupied.start,
    occupiedEndMs: occupied.end,
    timeZone: prepared.zone,
    localDate: day.date,
    localTime: day.localTime(start),
    localStart: day.localIso(start),
    localEnd: day.localIso(end),
    // A zero offset reads `+00:00` on every day, as it does on transition days.
    utcOffset: formatOffset(startOffset),
    clinicianIds: takers.clinicianIds,
    resources: takers.resources,
  };
}

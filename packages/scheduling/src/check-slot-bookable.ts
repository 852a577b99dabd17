import type { Interval } from './interval-set';
import type { SlotCheckQuery } from './query-schemas';
import type { AppointmentType } from './rule-schemas';
import type { SlotCheck } from './slot-types';
import { evaluateStart } from './evaluate-start';
import { planDay } from './plan-day';
import { prepareQuery } from './prepare-query';
import { localDateOf } from './resolve-wall-clock';
import { toSlot } from './to-slot';
import { makeZoneDay } from './zone-day';

const MINUTE_MS = 60_000;

/**
 * Whether one requested start is still bookable, by the same rules as `computeSlots`; run it
 * at booking time on fresh busy data. The start need not sit on the slot grid, so the front
 * desk can book an odd time. The database constraint stays the final guard against races.
 */
export function checkSlotBookable(query: SlotCheckQuery): SlotCheck {
  const prepared = prepareQuery(query);
  const date = localDateOf(query.start, prepared.zone);
  const day = planDay(prepared, date);
  const evaluation = evaluateStart(prepared, day, query.start);
  if (!evaluation.ok) {
    return evaluation.resourceKind === undefined
      ? { ok: false, reason: evaluation.reason }
      : { ok: false, reason: evaluation.reason, resourceKind: evaluation.resourceKind };
  }
  return { ok: true, slot: toSlot(prepared, day.zoneDay, query.start, evaluation) };
}

/**
 * The span of busy time `checkSlotBookable` reads for a start: the start's whole local day (the
 * pick order weighs each clinician's booked time that day) and the span the slot occupies with
 * its buffers, which may run past midnight. Busy times outside it cannot change the answer, so
 * a booking need not load the days around it.
 */
export function slotCheckWindow(
  start: number,
  timeZone: string,
  type: Pick<AppointmentType, 'durationMinutes' | 'bufferBeforeMinutes' | 'bufferAfterMinutes'>,
): Interval {
  const day = makeZoneDay(localDateOf(start, timeZone), timeZone);
  return {
    start: Math.min(day.start, start - type.bufferBeforeMinutes * MINUTE_MS),
    end: Math.max(day.end, start + (type.durationMinutes + type.bufferAfterMinutes) * MINUTE_MS),
  };
}

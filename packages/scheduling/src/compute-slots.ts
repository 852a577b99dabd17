import type { PreparedQuery } from './prepare-query';
import type { SlotQuery } from './query-schemas';
import type { Slot } from './slot-types';
import type { LocalDate } from './time-schemas';
import { evaluateStart } from './evaluate-start';
import { planDay } from './plan-day';
import { prepareQuery } from './prepare-query';
import { addDays } from './resolve-wall-clock';
import { toSlot } from './to-slot';
import { localMinuteOfDay } from './zone-day';

/**
 * Bookable slots for local dates `from`..`to` (inclusive) at one location, for one clinician
 * or, without `clinicianId`, merged across every eligible clinician. Sorted by start.
 */
export function computeSlots(query: SlotQuery): Slot[] {
  const prepared = prepareQuery(query);
  const slots: Slot[] = [];
  for (
    let date = query.from;
    date <= query.to && date <= prepared.lastDate;
    date = addDays(date, 1)
  ) {
    slots.push(...computeDaySlots(prepared, date));
  }
  return slots;
}

/**
 * Starts sit on a wall-clock grid from local midnight (08:00, 08:15, ...), so every
 * clinician's slots line up and merge. Each grid time is resolved in the zone: a time the
 * clock skips is not offered, and one it repeats is offered once, at its first occurrence.
 */
export function computeDaySlots(prepared: PreparedQuery, date: LocalDate): Slot[] {
  const day = planDay(prepared, date);
  const spans = day.clinicians.flatMap((clinician) => clinician.available);
  if (spans.length === 0) return [];
  const first = Math.min(...spans.map((span) => span.start));
  const last = Math.max(...spans.map((span) => span.end)) - prepared.durationMs;
  const step = prepared.stepMinutes;
  const opening = localMinuteOfDay(first, day.zoneDay.offsetAt(first));
  const firstMinute = Math.floor(opening / step) * step;

  const slots: Slot[] = [];
  for (let minute = firstMinute; minute < 1440; minute += step) {
    const resolved = day.zoneDay.resolve(minute);
    // First occurrences only grow with the wall time, so nothing later can fit.
    if (resolved.instant > last) break;
    if (resolved.kind === 'skipped') continue;
    const evaluation = evaluateStart(prepared, day, resolved.instant);
    if (evaluation.ok) slots.push(toSlot(prepared, day.zoneDay, resolved.instant, evaluation));
  }
  return slots;
}

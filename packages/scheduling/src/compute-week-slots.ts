import type { WeekQuery } from './query-schemas';
import type { Slot } from './slot-types';
import type { LocalDate } from './time-schemas';
import { computeDaySlots } from './compute-slots';
import { prepareQuery } from './prepare-query';
import { addDays, localDateOf, weekdayOf } from './resolve-wall-clock';
import { makeZoneDay } from './zone-day';

export interface DaySlots {
  readonly date: LocalDate;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly slots: readonly Slot[];
}

export interface WeekSlots {
  readonly timeZone: string;
  readonly weekStart: LocalDate;
  /** Always seven local dates, empty days included, so a week grid can render as is. */
  readonly days: readonly DaySlots[];
  /**
   * While the rules and bookings stay the same, the same week comes out for every `now` before
   * this instant: the first slot offered falls inside the minimum notice just after it, and, for
   * a week reaching past the booking horizon, the horizon moves a day at the next local
   * midnight. Callers that remember a week must not serve it from this instant on.
   */
  readonly stableUntil: number;
}

/** Slots for the seven local dates from `weekStart`, in the location's zone. */
export function computeWeekSlots(query: WeekQuery): WeekSlots {
  const prepared = prepareQuery(query);
  const days: DaySlots[] = [];
  let firstStart = Number.POSITIVE_INFINITY;
  for (let offset = 0; offset < 7; offset += 1) {
    const date = addDays(query.weekStart, offset);
    const slots = date <= prepared.lastDate ? computeDaySlots(prepared, date) : [];
    if (slots[0] && slots[0].startMs < firstStart) firstStart = slots[0].startMs;
    days.push({ date, weekday: weekdayOf(date), slots });
  }
  // A start stays offered while start >= now + notice, so up to and including start - notice.
  const noticeMs = prepared.earliestStart - query.now;
  const pastHorizon = addDays(query.weekStart, 6) > prepared.lastDate;
  const tomorrow = addDays(localDateOf(query.now, prepared.zone), 1);
  const stableUntil = Math.min(
    firstStart - noticeMs + 1,
    pastHorizon ? makeZoneDay(tomorrow, prepared.zone).start : Number.POSITIVE_INFINITY,
  );
  return { timeZone: prepared.zone, weekStart: query.weekStart, days, stableUntil };
}

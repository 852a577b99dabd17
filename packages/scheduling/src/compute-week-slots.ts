import type { WeekQuery } from './query-schemas';
import type { Slot } from './slot-types';
import type { LocalDate } from './time-schemas';
import { computeDaySlots } from './compute-slots';
import { prepareQuery } from './prepare-query';
import { addDays, weekdayOf } from './resolve-wall-clock';

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
}

/** Slots for the seven local dates from `weekStart`, in the location's zone. */
export function computeWeekSlots(query: WeekQuery): WeekSlots {
  const prepared = prepareQuery(query);
  const days: DaySlots[] = [];
  for (let offset = 0; offset < 7; offset += 1) {
    const date = addDays(query.weekStart, offset);
    const slots = date <= prepared.lastDate ? computeDaySlots(prepared, date) : [];
    days.push({ date, weekday: weekdayOf(date), slots });
  }
  return { timeZone: prepared.zone, weekStart: query.weekStart, days };
}

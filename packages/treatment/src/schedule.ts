import type { Plan, PlanItem, PlanPhase } from './plan-schema';
import { addDays, daysBetween } from './dates';

/** The phase a day falls in; before the plan the first, after it the last. */
export function phaseOn(plan: Plan, day: string): PlanPhase | undefined {
  const inside = plan.phases.find((p) => p.startDate <= day && day <= p.endDate);
  if (inside) return inside;
  return day < plan.startDate ? plan.phases[0] : plan.phases[plan.phases.length - 1];
}

/** The items prescribed on a day: those of the phase it falls in. */
export function itemsOn(plan: Plan, day: string): PlanItem[] {
  const phase = phaseOn(plan, day);
  if (!phase) return [];
  return plan.items.filter((item) => item.phases.includes(phase.id));
}

export interface ExerciseTick {
  itemKey: string;
  day: string;
  done: boolean;
}

export interface WeekAdherence {
  /** First day of the 7-day window (the window ends on `weekEnd`). */
  weekStart: string;
  weekEnd: string;
  prescribed: number;
  done: number;
  /** done / prescribed, or null when nothing was prescribed that week. */
  share: number | null;
}

/**
 * Share of prescribed exercise-days done, per 7-day window ending today, newest first. An item
 * done on more days than prescribed counts only up to its prescription; days before the plan
 * started are not counted.
 */
export function adherenceByWeek(
  plan: Plan,
  ticks: readonly ExerciseTick[],
  today: string,
  weeks: number,
): WeekAdherence[] {
  const out: WeekAdherence[] = [];
  for (let w = 0; w < weeks; w += 1) {
    const weekEnd = addDays(today, -7 * w);
    const weekStart = addDays(weekEnd, -6);
    let prescribed = 0;
    let done = 0;
    const activeDays = new Map<string, number>();
    for (let d = 0; d < 7; d += 1) {
      const day = addDays(weekStart, d);
      if (day < plan.startDate || day > today) continue;
      for (const item of itemsOn(plan, day))
        activeDays.set(item.key, (activeDays.get(item.key) ?? 0) + 1);
    }
    for (const [key, days] of activeDays) {
      const item = plan.items.find((i) => i.key === key);
      if (!item) continue;
      const expected = Math.max(1, Math.round((item.daysPerWeek * days) / 7));
      const ticked = new Set(
        ticks
          .filter((t) => t.itemKey === key && t.done && t.day >= weekStart && t.day <= weekEnd)
          .map((t) => t.day),
      ).size;
      prescribed += expected;
      done += Math.min(expected, ticked);
    }
    out.push({
      weekStart,
      weekEnd,
      prescribed,
      done,
      share: prescribed === 0 ? null : done / prescribed,
    });
    if (daysBetween(plan.startDate, weekStart) <= 0) break;
  }
  return out;
}

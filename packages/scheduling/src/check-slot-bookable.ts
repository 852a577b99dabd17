import type { SlotCheckQuery } from './query-schemas';
import type { SlotCheck } from './slot-types';
import { evaluateStart } from './evaluate-start';
import { planDay } from './plan-day';
import { prepareQuery } from './prepare-query';
import { localDateOf } from './resolve-wall-clock';
import { toSlot } from './to-slot';

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

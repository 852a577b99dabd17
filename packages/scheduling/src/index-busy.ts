import type { Interval } from './interval-set';
import type { BusyInterval } from './query-schemas';
import { normalizeIntervals } from './interval-set';

/** Busy time per resource id, merged and sorted so lookups are a binary search. */
export type BusyIndex = ReadonlyMap<string, readonly Interval[]>;

export function indexBusy(busy: readonly BusyInterval[]): BusyIndex {
  const grouped = new Map<string, Interval[]>();
  for (const interval of busy) {
    const list = grouped.get(interval.resourceId);
    const span = { start: interval.start, end: interval.end };
    if (list === undefined) grouped.set(interval.resourceId, [span]);
    else list.push(span);
  }
  const index = new Map<string, readonly Interval[]>();
  for (const [resourceId, spans] of grouped) index.set(resourceId, normalizeIntervals(spans));
  return index;
}

const NOTHING: readonly Interval[] = [];

export function busyOf(index: BusyIndex, resourceId: string): readonly Interval[] {
  return index.get(resourceId) ?? NOTHING;
}

/** A half-open span of time [start, end) in epoch milliseconds, as the database's tstzrange. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Sort, drop empty spans, and merge spans that overlap or touch. */
export function normalizeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/** Intersection of two normalized sets. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left === undefined || right === undefined) break;
    const start = Math.max(left.start, right.start);
    const end = Math.min(left.end, right.end);
    if (end > start) result.push({ start, end });
    if (left.end < right.end) i += 1;
    else j += 1;
  }
  return result;
}

/** `a` minus `b`, both normalized. */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  for (const span of a) {
    let cursor = span.start;
    for (const cut of b) {
      if (cut.end <= cursor || cut.start >= span.end) continue;
      if (cut.start > cursor) result.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
    }
    if (cursor < span.end) result.push({ start: cursor, end: span.end });
  }
  return result;
}

/** Index of the first span in a normalized set whose end is after `instant`. */
function firstEndingAfter(set: readonly Interval[], instant: number): number {
  let low = 0;
  let high = set.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const span = set[middle];
    if (span !== undefined && span.end <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether one span of a normalized set covers all of `target`. */
export function containsInterval(set: readonly Interval[], target: Interval): boolean {
  const span = set[firstEndingAfter(set, target.start)];
  return span !== undefined && span.start <= target.start && span.end >= target.end;
}

/** Whether any span of a normalized set overlaps `target` (half-open: touching is fine). */
export function overlapsAny(set: readonly Interval[], target: Interval): boolean {
  const span = set[firstEndingAfter(set, target.start)];
  return span !== undefined && span.start < target.end;
}

/** Total milliseconds of a normalized set that fall inside `window`. */
export function overlapMs(set: readonly Interval[], window: Interval): number {
  let total = 0;
  for (let index = firstEndingAfter(set, window.start); index < set.length; index += 1) {
    const span = set[index];
    if (span === undefined || span.start >= window.end) break;
    total += Math.min(span.end, window.end) - Math.max(span.start, window.start);
  }
  return total;
}

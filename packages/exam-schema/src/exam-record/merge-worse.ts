/** Categorical values from most to least abnormal; the first listed wins a merge. */
const SEVERITY_ORDERS: readonly (readonly string[])[] = [
  ['positive', 'negative'],
  ['tender', 'not_tender'],
  ['absent', 'reduced', 'normal'],
  ['large', 'moderate', 'trace', 'none'],
  ['marked', 'mild', 'none'],
];

/** Numeric fields where a lower value is the abnormal one (weakness, stiffness, extended knee). */
const LOWER_IS_WORSE: ReadonlySet<string> = new Set([
  'kneeFlexionAtContactDeg',
  'hipAbductionNmPerKg',
  'hipExternalRotationNmPerKg',
  'quadricepsNmPerKg',
  'ankleDorsiflexionKneeToWallCm',
  'hipInternalRotationDeg',
]);

function severity(value: string): number {
  for (const order of SEVERITY_ORDERS) {
    const index = order.indexOf(value);
    if (index >= 0) return index;
  }
  return Number.MAX_SAFE_INTEGER;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function worseValue(key: string, a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    return LOWER_IS_WORSE.has(key) ? Math.min(a, b) : Math.max(a, b);
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return a || b;
  if (typeof a === 'string' && typeof b === 'string') return severity(b) < severity(a) ? b : a;
  if (isPlainObject(a) && isPlainObject(b)) return mergeWorse(a, b);
  return a;
}

/**
 * Combines the two sides of a bilateral complaint into the one set of findings the case
 * carries: for every field the more abnormal side wins, a field recorded on one side only is kept.
 */
export function mergeWorse<T extends Record<string, unknown>>(a: T, b: T): T {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (value === undefined) continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : worseValue(key, existing, value);
  }
  return out as T;
}

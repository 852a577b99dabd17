/** The SQLSTATE of a database error, looking through Drizzle's wrapper to the driver's error. */
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const EXCLUSION_VIOLATION = '23P01';
export const UNIQUE_VIOLATION = '23505';
/** Transient under contention: the whole transaction can simply run again. */
export const DEADLOCK = '40P01';
export const SERIALIZATION_FAILURE = '40001';

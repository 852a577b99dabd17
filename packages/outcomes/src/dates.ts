import { z } from 'zod';

/** Calendar dates as YYYY-MM-DD strings, computed in UTC so no local clock or zone leaks in. */
const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`bad date ${iso}`);
  return Date.UTC(y, m - 1, d);
}

function isRealDate(value: string): boolean {
  return new Date(toUtc(value)).toISOString().slice(0, 10) === value;
}

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'Not a real date');
export type IsoDate = z.output<typeof isoDateSchema>;

/**
 * A date given either as `YYYY-MM-DD` or as epoch milliseconds. Epoch milliseconds are read as
 * a UTC calendar date, so callers that care about a clinic's zone should pass the local date.
 */
export const dateInputSchema = z.union([
  isoDateSchema,
  z
    .number()
    .int()
    .transform((ms) => new Date(ms).toISOString().slice(0, 10)),
]);
export type DateInput = z.input<typeof dateInputSchema>;

export function addDays(iso: IsoDate, days: number): IsoDate {
  return new Date(toUtc(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/** A calendar date in some location's zone, `YYYY-MM-DD`. */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((value) => DateTime.fromISO(value, { zone: 'UTC' }).isValid, 'Not a real date');
export type LocalDate = z.output<typeof localDateSchema>;

/**
 * A wall-clock time `HH:mm`. `24:00` is allowed so a window can run to midnight
 * without a second interval on the next day.
 */
export const wallTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Expected a time as HH:mm (00:00-24:00)');
export type WallTime = z.output<typeof wallTimeSchema>;

/** An IANA zone name such as `America/Los_Angeles`; fixed offsets are refused on purpose. */
export const timeZoneSchema = z
  .string()
  .refine((value) => value.includes('/') && IANAZone.isValidZone(value), 'Not an IANA time zone');
export type TimeZone = z.output<typeof timeZoneSchema>;

/** ISO weekday: 1 = Monday ... 7 = Sunday (luxon's numbering). */
export const weekdaySchema = z.number().int().min(1).max(7);
export type Weekday = z.output<typeof weekdaySchema>;

/**
 * An instant, accepted as epoch milliseconds, an ISO string with an offset, or a Date,
 * and always handed to the engine as epoch milliseconds (UTC).
 */
export const instantSchema = z.union([
  z.number().int(),
  z.iso.datetime({ offset: true }).transform((value) => Date.parse(value)),
  z.date().transform((value) => value.getTime()),
]);
export type Instant = z.output<typeof instantSchema>;
export type InstantInput = z.input<typeof instantSchema>;

/** Minutes since local midnight for a validated `HH:mm` (24:00 is 1440). */
export function wallTimeToMinutes(time: WallTime): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** A wall-clock window on one day; the end must be after the start. */
export const wallWindowShape = { start: wallTimeSchema, end: wallTimeSchema };

export function isOrderedWindow(window: { start: WallTime; end: WallTime }): boolean {
  return wallTimeToMinutes(window.end) > wallTimeToMinutes(window.start);
}

import { z } from 'zod';

import type { WeeklyHours } from '@stride/db';
import { weekdays } from '@stride/db';

/** Bounds of the booking policy, shared by the form's inputs and the procedure's checks. */
export const BOOKING_POLICY = {
  minNoticeMinutes: { min: 0, max: 7 * 24 * 60, default: 120 },
  bookingHorizonDays: { min: 1, max: 365, default: 90 },
  cancellationWindowHours: { min: 0, max: 7 * 24, default: 24 },
} as const;

/** What a new location's form starts with: weekday clinic hours and a Saturday morning. */
export const DEFAULT_OPENING_HOURS: readonly { weekday: number; start: string; end: string }[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:00', end: '19:00' })),
  { weekday: 6, start: '08:00', end: '13:00' },
];

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 08:30.');

/**
 * An IANA zone the runtime knows. Fixed offsets and bare abbreviations are refused: they have no
 * daylight-saving rules, so slots would drift by an hour twice a year.
 */
export function isIanaTimeZone(value: string): boolean {
  if (!value.includes('/') || value.startsWith('Etc/')) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const policyNumber = (
  bounds: { min: number; max: number },
  what: string,
  unit: string,
): z.ZodNumber =>
  z
    .number({ error: `Give the ${what} as a whole number of ${unit}.` })
    .int(`Give the ${what} as a whole number of ${unit}.`)
    .min(bounds.min, `The ${what} must be at least ${bounds.min} ${unit}.`)
    .max(bounds.max, `The ${what} can be at most ${bounds.max} ${unit}.`);

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Give the ${what}.`)
    .max(max, `Keep the ${what} under ${max} characters.`);

export const openingWindow = z
  .object({ weekday: z.number().int().min(1).max(7), start: wallTime, end: wallTime })
  .strict();

/** The fields of a location an admin edits; one schema for the form and the procedures. */
export const locationFields = z
  .object({
    name: text('location name', 80),
    addressLine1: text('street address', 120),
    city: text('city', 80),
    region: text('state or region', 80),
    postalCode: text('postal code', 20),
    timeZone: z
      .string()
      .refine(isIanaTimeZone, 'Choose a time zone from the list, such as America/Los_Angeles.'),
    openingHours: z
      .array(openingWindow)
      .max(21, 'At most three opening windows a day.')
      .superRefine((windows, issue) => {
        windows.forEach((w, i) => {
          const day = WEEKDAY_NAMES[w.weekday - 1] ?? 'That day';
          if (w.start >= w.end)
            issue.addIssue({
              code: 'custom',
              path: [i, 'end'],
              message: `${day}: closing must be after opening.`,
            });
          else if (
            windows.some(
              (o, j) => j < i && o.weekday === w.weekday && o.start < w.end && w.start < o.end,
            )
          )
            issue.addIssue({
              code: 'custom',
              path: [i, 'start'],
              message: `${day}: two opening windows overlap.`,
            });
        });
      }),
    minNoticeMinutes: policyNumber(BOOKING_POLICY.minNoticeMinutes, 'minimum notice', 'minutes'),
    bookingHorizonDays: policyNumber(BOOKING_POLICY.bookingHorizonDays, 'booking horizon', 'days'),
    cancellationWindowHours: policyNumber(
      BOOKING_POLICY.cancellationWindowHours,
      'cancellation window',
      'hours',
    ),
  })
  .strict();
export type LocationFields = z.infer<typeof locationFields>;
export type OpeningWindow = z.infer<typeof openingWindow>;

/** The stored shape: wall-clock windows per weekday key, each day's windows in order. */
export function toWeeklyHours(windows: readonly OpeningWindow[]): WeeklyHours {
  const hours: WeeklyHours = {};
  weekdays.forEach((day, index) => {
    const list = windows
      .filter((w) => w.weekday === index + 1)
      .map((w) => ({ start: w.start, end: w.end }))
      .sort((a, b) => a.start.localeCompare(b.start));
    if (list.length) hours[day] = list;
  });
  return hours;
}

export function fromWeeklyHours(hours: WeeklyHours): OpeningWindow[] {
  return weekdays.flatMap((day, index) =>
    (hours[day] ?? []).map((w) => ({ weekday: index + 1, start: w.start, end: w.end })),
  );
}

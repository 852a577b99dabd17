import { z } from 'zod';

import { escapeIcsText, foldIcsLine, formatIcsUtc } from './ics-text';
import { instantSchema } from './time-schemas';

const singleLine = z.string().regex(/^[^\r\n]*$/, 'Must be one line');

export const icsEventSchema = z
  .object({
    /** Stable per appointment (e.g. `<appointment id>@stride`), so re-downloads update, not duplicate. */
    uid: singleLine.min(1).max(255),
    start: instantSchema,
    end: instantSchema,
    /** DTSTAMP: when the file was made, from the caller's clock. */
    stamp: instantSchema,
    summary: z.string().min(1).max(500),
    description: z.string().max(5000).optional(),
    location: z.string().max(500).optional(),
    url: singleLine.url().optional(),
    status: z.enum(['CONFIRMED', 'TENTATIVE', 'CANCELLED']).optional(),
    /** Bump on each reschedule so calendars replace the old copy. */
    sequence: z.number().int().min(0).optional(),
  })
  .refine((value) => value.end > value.start, { message: 'The end must be after the start' });
export type IcsEvent = z.output<typeof icsEventSchema>;
export type IcsEventInput = z.input<typeof icsEventSchema>;

const PRODUCT_ID = '-//Stride//Scheduling//EN';

/** An RFC 5545 calendar with one event, times in UTC, CRLF line endings, folded at 75 octets. */
export function buildIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${formatIcsUtc(event.stamp)}`,
    `DTSTART:${formatIcsUtc(event.start)}`,
    `DTEND:${formatIcsUtc(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ];
  if (event.location !== undefined) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.description !== undefined)
    lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.url !== undefined) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

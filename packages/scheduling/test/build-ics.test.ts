import { describe, expect, it } from 'vitest';

import { escapeIcsText, foldIcsLine } from '../src/ics-text';
import { buildIcs, icsEventSchema } from '../src/index';

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('buildIcs', () => {
  it('matches the golden file', () => {
    const ics = buildIcs(
      icsEventSchema.parse({
        uid: 'appt-7f3c@stride',
        start: '2026-03-08T10:00:00Z',
        end: new Date('2026-03-08T11:00:00Z'),
        stamp: Date.parse('2026-03-01T12:34:56.789Z'),
        summary:
          'Initial assessment with Dr. Ana Müller, Stride Gait & Knee Clinic; bring running shoes',
        location: 'Stride Pasadena, 12 Colorado Blvd, Pasadena CA',
        description: 'Wear shorts.\nBring your race plan; a list of shoes, and C:\\notes.',
        url: 'https://stride.example/portal/appointments/appt-7f3c',
      }),
    );
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Stride//Scheduling//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:appt-7f3c@stride',
        'DTSTAMP:20260301T123456Z',
        'DTSTART:20260308T100000Z',
        'DTEND:20260308T110000Z',
        'SEQUENCE:0',
        'STATUS:CONFIRMED',
        // 75 octets: ü is two.
        'SUMMARY:Initial assessment with Dr. Ana Müller\\, Stride Gait & Knee Clinic',
        ' \\; bring running shoes',
        'LOCATION:Stride Pasadena\\, 12 Colorado Blvd\\, Pasadena CA',
        'DESCRIPTION:Wear shorts.\\nBring your race plan\\; a list of shoes\\, and C:\\\\',
        ' notes.',
        'URL:https://stride.example/portal/appointments/appt-7f3c',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('uses CRLF only and keeps every physical line within 75 octets', () => {
    const ics = buildIcs(
      icsEventSchema.parse({
        uid: 'x@stride',
        start: 0,
        end: 3_600_000,
        stamp: 0,
        summary: 'Überprüfung 🏃‍♀️ '.repeat(20),
        status: 'CANCELLED',
        sequence: 2,
      }),
    );
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(utf8Bytes(line)).toBeLessThanOrEqual(75);
    expect(ics).toContain('STATUS:CANCELLED\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
  });

  it('rejects an end before the start and a multi-line UID', () => {
    expect(
      icsEventSchema.safeParse({ uid: 'a', start: 10, end: 5, stamp: 0, summary: 's' }).success,
    ).toBe(false);
    expect(
      icsEventSchema.safeParse({ uid: 'a\nb', start: 0, end: 5, stamp: 0, summary: 's' }).success,
    ).toBe(false);
  });
});

describe('ics text helpers', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b;c', 'a\\,b\\;c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\r\nlines\nthree\rfour', 'two\\nlines\\nthree\\nfour'],
    ['bell\u0007tab\t', 'belltab\t'],
  ])('escapes %j', (input, expected) => {
    expect(escapeIcsText(input)).toBe(expected);
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldIcsLine(`SUMMARY:${'é'.repeat(100)}`);
    const [first, ...rest] = folded.split('\r\n');
    // 8 + 33 × 2 = 74: a 34th é would need 76.
    expect(utf8Bytes(first ?? '')).toBe(74);
    for (const line of rest) {
      expect(line.startsWith(' ')).toBe(true);
      expect(utf8Bytes(line)).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });
});

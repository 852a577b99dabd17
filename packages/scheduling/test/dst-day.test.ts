import { describe, expect, it } from 'vitest';

import { slotsFor } from './fixtures';

/** Ordinary 08:00-17:00 days on, before and after each transition: 33 starts, 08:00 to 16:00. */
const dayCases = [
  [
    'America/Los_Angeles',
    '2026-03-07',
    '2026-03-07T16:00:00.000Z',
    '2026-03-08T00:00:00.000Z',
    '-08:00',
  ],
  [
    'America/Los_Angeles',
    '2026-03-08',
    '2026-03-08T15:00:00.000Z',
    '2026-03-08T23:00:00.000Z',
    '-07:00',
  ],
  [
    'America/Los_Angeles',
    '2026-03-09',
    '2026-03-09T15:00:00.000Z',
    '2026-03-09T23:00:00.000Z',
    '-07:00',
  ],
  [
    'America/Los_Angeles',
    '2026-10-31',
    '2026-10-31T15:00:00.000Z',
    '2026-10-31T23:00:00.000Z',
    '-07:00',
  ],
  [
    'America/Los_Angeles',
    '2026-11-01',
    '2026-11-01T16:00:00.000Z',
    '2026-11-02T00:00:00.000Z',
    '-08:00',
  ],
  [
    'America/Los_Angeles',
    '2027-03-14',
    '2027-03-14T15:00:00.000Z',
    '2027-03-14T23:00:00.000Z',
    '-07:00',
  ],
  [
    'America/Los_Angeles',
    '2027-11-07',
    '2027-11-07T16:00:00.000Z',
    '2027-11-08T00:00:00.000Z',
    '-08:00',
  ],
  [
    'America/Phoenix',
    '2026-03-08',
    '2026-03-08T15:00:00.000Z',
    '2026-03-08T23:00:00.000Z',
    '-07:00',
  ],
  [
    'America/Phoenix',
    '2026-11-01',
    '2026-11-01T15:00:00.000Z',
    '2026-11-01T23:00:00.000Z',
    '-07:00',
  ],
  [
    'America/Phoenix',
    '2027-03-14',
    '2027-03-14T15:00:00.000Z',
    '2027-03-14T23:00:00.000Z',
    '-07:00',
  ],
  [
    'America/Phoenix',
    '2027-11-07',
    '2027-11-07T15:00:00.000Z',
    '2027-11-07T23:00:00.000Z',
    '-07:00',
  ],
  ['Europe/London', '2026-03-29', '2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z', '+01:00'],
  ['Europe/London', '2026-10-25', '2026-10-25T08:00:00.000Z', '2026-10-25T16:00:00.000Z', 'Z'],
  ['Europe/London', '2027-03-28', '2027-03-28T07:00:00.000Z', '2027-03-28T15:00:00.000Z', '+01:00'],
  ['Europe/London', '2027-10-31', '2027-10-31T08:00:00.000Z', '2027-10-31T16:00:00.000Z', 'Z'],
  [
    'Australia/Sydney',
    '2026-04-05',
    '2026-04-04T22:00:00.000Z',
    '2026-04-05T06:00:00.000Z',
    '+10:00',
  ],
  [
    'Australia/Sydney',
    '2026-10-04',
    '2026-10-03T21:00:00.000Z',
    '2026-10-04T05:00:00.000Z',
    '+11:00',
  ],
] as const;

describe('DST: an 08:00-17:00 day, morning and afternoon', () => {
  it.each(dayCases)('%s %s opens %s, last start %s', (zone, date, first, last, offset) => {
    const slots = slotsFor(zone, date, '08:00', '17:00');
    expect(slots).toHaveLength(33);
    expect(slots[0]?.start).toBe(first);
    expect(slots[0]?.localTime).toBe('08:00');
    expect(slots[0]?.utcOffset).toBe(offset === 'Z' ? '+00:00' : offset);
    expect(slots.at(-1)?.start).toBe(last);
    expect(slots.at(-1)?.localTime).toBe('16:00');
    expect(slots.find((slot) => slot.localTime === '13:00')?.startMs).toBe(
      Date.parse(first) + 5 * 3_600_000,
    );
  });
});

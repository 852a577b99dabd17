import { describe, expect, it } from 'vitest';

import { slotsFor } from './fixtures';

const iso = (date: string, times: string[]): string[] =>
  times.map((time) => `${date}T${time}:00.000Z`);

/** Night windows 01:00-04:00 straddle the transition itself. */
const nightCases = [
  {
    name: 'LA spring forward 2026',
    zone: 'America/Los_Angeles',
    date: '2026-03-08',
    local: ['01:00', '01:15', '01:30', '01:45', '03:00'],
    utc: iso('2026-03-08', ['09:00', '09:15', '09:30', '09:45', '10:00']),
  },
  {
    name: 'LA spring forward 2027',
    zone: 'America/Los_Angeles',
    date: '2027-03-14',
    local: ['01:00', '01:15', '01:30', '01:45', '03:00'],
    utc: iso('2027-03-14', ['09:00', '09:15', '09:30', '09:45', '10:00']),
  },
  {
    name: 'LA fall back 2026',
    zone: 'America/Los_Angeles',
    date: '2026-11-01',
    local: ['01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00'],
    utc: iso('2026-11-01', [
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
    ]),
  },
  {
    name: 'LA fall back 2027',
    zone: 'America/Los_Angeles',
    date: '2027-11-07',
    local: ['01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00'],
    utc: iso('2027-11-07', [
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
    ]),
  },
  {
    name: 'Phoenix on the LA spring-forward date',
    zone: 'America/Phoenix',
    date: '2026-03-08',
    local: ['01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00'],
    utc: iso('2026-03-08', [
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '10:00',
    ]),
  },
  {
    name: 'Phoenix on the LA fall-back date',
    zone: 'America/Phoenix',
    date: '2027-11-07',
    local: ['01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00'],
    utc: iso('2027-11-07', [
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '10:00',
    ]),
  },
  {
    name: 'London spring forward 2026 (01:00 to 02:00 skipped)',
    zone: 'Europe/London',
    date: '2026-03-29',
    local: ['02:00', '02:15', '02:30', '02:45', '03:00'],
    utc: iso('2026-03-29', ['01:00', '01:15', '01:30', '01:45', '02:00']),
  },
  {
    name: 'London fall back 2027',
    zone: 'Europe/London',
    date: '2027-10-31',
    local: ['01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00'],
    utc: iso('2027-10-31', [
      '00:00',
      '00:15',
      '00:30',
      '00:45',
      '02:00',
      '02:15',
      '02:30',
      '02:45',
      '03:00',
    ]),
  },
  {
    name: 'Sydney fall back 2026 (02:00 to 03:00 repeats; previous UTC day)',
    zone: 'Australia/Sydney',
    date: '2026-04-05',
    local: ['01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00'],
    utc: iso('2026-04-04', [
      '14:00',
      '14:15',
      '14:30',
      '14:45',
      '15:00',
      '15:15',
      '15:30',
      '15:45',
      '17:00',
    ]),
  },
  {
    name: 'Sydney spring forward 2026',
    zone: 'Australia/Sydney',
    date: '2026-10-04',
    local: ['01:00', '01:15', '01:30', '01:45', '03:00'],
    utc: iso('2026-10-03', ['15:00', '15:15', '15:30', '15:45', '16:00']),
  },
];

describe('DST: a 01:00-04:00 window across the transition', () => {
  it.each(nightCases)('$name', ({ zone, date, local, utc }) => {
    const slots = slotsFor(zone, date, '01:00', '04:00');
    expect(slots.map((slot) => slot.start)).toEqual(utc);
    expect(slots.map((slot) => slot.localTime)).toEqual(local);
    expect(new Set(slots.map((slot) => slot.localTime)).size).toBe(slots.length);
    for (const slot of slots) {
      expect(slot.endMs - slot.startMs).toBe(60 * 60_000);
      expect(slot.localDate).toBe(date);
    }
  });
});

describe('DST: boundaries that fall in the skipped hour', () => {
  it('hours starting at 02:30 on spring-forward day start when the clock reaches 03:00', () => {
    const slots = slotsFor('America/Los_Angeles', '2026-03-08', '02:30', '05:00');
    expect(slots[0]?.start).toBe('2026-03-08T10:00:00.000Z');
    expect(slots[0]?.localStart).toBe('2026-03-08T03:00:00-07:00');
    expect(slots.at(-1)?.localTime).toBe('04:00');
  });

  it('a fall-back window keeps its real four hours and offers each label once', () => {
    const slots = slotsFor('America/Los_Angeles', '2026-11-01', '01:00', '04:00');
    expect(slots[3]?.localStart).toBe('2026-11-01T01:45:00-07:00');
    expect(slots[4]?.localStart).toBe('2026-11-01T02:00:00-08:00');
    expect(slots[3]?.localEnd).toBe('2026-11-01T01:45:00-08:00');
  });
});

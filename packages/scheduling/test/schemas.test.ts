import { describe, expect, it } from 'vitest';

import {
  appointmentTypeSchema,
  clinicianSchema,
  DEFAULT_APPOINTMENT_TYPES,
  locationSchema,
  slotCheckQuerySchema,
  slotQuerySchema,
} from '../src/index';

const validQuery = {
  now: '2026-06-01T09:00:00-07:00',
  location: {
    id: 'loc-1',
    timeZone: 'America/Los_Angeles',
    openingHours: [{ weekday: 1, start: '08:00', end: '24:00' }],
  },
  appointmentType: DEFAULT_APPOINTMENT_TYPES[0],
  clinicians: [
    {
      id: 'clin-a',
      workingHours: [{ locationId: 'loc-1', weekday: 1, start: '08:00', end: '17:00' }],
      exceptions: [{ kind: 'time_off', date: '2026-06-08' }],
    },
  ],
  resources: [{ id: 'lab-1', locationId: 'loc-1', kind: 'gait_lab' }],
  busy: [
    { resourceId: 'lab-1', start: new Date('2026-06-08T16:00:00Z'), end: '2026-06-08T17:00:00Z' },
  ],
  from: '2026-06-08',
  to: '2026-06-14',
};

describe('input schemas', () => {
  it('accepts an API payload and turns every instant into epoch ms', () => {
    const parsed = slotQuerySchema.parse(validQuery);
    expect(parsed.now).toBe(Date.parse('2026-06-01T16:00:00Z'));
    expect(parsed.busy[0]).toEqual({
      resourceId: 'lab-1',
      start: Date.parse('2026-06-08T16:00:00Z'),
      end: Date.parse('2026-06-08T17:00:00Z'),
    });
  });

  it('accepts every default appointment type', () => {
    for (const type of DEFAULT_APPOINTMENT_TYPES)
      expect(appointmentTypeSchema.safeParse(type).success).toBe(true);
  });

  it.each([
    ['a fixed-offset zone', { location: { ...validQuery.location, timeZone: 'PST' } }],
    ['an unknown zone', { location: { ...validQuery.location, timeZone: 'America/Atlantis' } }],
    [
      'a time past 24:00',
      {
        location: {
          ...validQuery.location,
          openingHours: [{ weekday: 1, start: '08:00', end: '24:30' }],
        },
      },
    ],
    [
      'a window ending before it starts',
      {
        location: {
          ...validQuery.location,
          openingHours: [{ weekday: 1, start: '17:00', end: '08:00' }],
        },
      },
    ],
    [
      'weekday 0',
      {
        location: {
          ...validQuery.location,
          openingHours: [{ weekday: 0, start: '08:00', end: '09:00' }],
        },
      },
    ],
    ['an impossible date', { from: '2026-02-30' }],
    ['`to` before `from`', { to: '2026-06-01' }],
    ['a range over 93 days', { to: '2026-12-31' }],
    ['a step that does not divide the day', { stepMinutes: 7 }],
    ['an instant without offset', { now: '2026-06-01T09:00:00' }],
    ['a busy interval ending before it starts', { busy: [{ resourceId: 'x', start: 10, end: 5 }] }],
    ['an unknown resource kind', { resources: [{ id: 'r', locationId: 'loc-1', kind: 'sauna' }] }],
  ])('rejects %s', (_name, patch) => {
    expect(slotQuerySchema.safeParse({ ...validQuery, ...patch }).success).toBe(false);
  });

  it.each([
    ['time off with only a start', { kind: 'time_off', date: '2026-06-08', start: '09:00' }],
    [
      'extra hours without a location',
      { kind: 'extra_hours', date: '2026-06-08', start: '09:00', end: '10:00' },
    ],
  ])('rejects %s', (_name, exception) => {
    expect(
      clinicianSchema.safeParse({ id: 'c', workingHours: [], exceptions: [exception] }).success,
    ).toBe(false);
  });

  it('parses a slot check and a location on its own', () => {
    expect(
      slotCheckQuerySchema.safeParse({ ...validQuery, start: 1_780_000_000_000 }).success,
    ).toBe(true);
    expect(
      locationSchema.parse({ ...validQuery.location, closedDates: ['2026-12-25'] }).closedDates,
    ).toEqual(['2026-12-25']);
  });
});

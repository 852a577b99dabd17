import { describe, expect, it } from 'vitest';

import type { Slot } from '../src/index';
import { computeSlots } from '../src/index';
import { busy, makeLocation, makeQuery, makeType, utc } from './fixtures';

// Wednesday 10 June 2026, Los Angeles on PDT (UTC-7): 08:00 local is 15:00Z.
const DAY = '2026-06-10';
const la = makeLocation({ timeZone: 'America/Los_Angeles' });
const times = (slots: readonly Slot[]): string[] => slots.map((slot) => slot.localTime);

describe('buffers', () => {
  const booked = busy('clin-a', '2026-06-10T17:00:00Z', '2026-06-10T18:00:00Z'); // 10:00-11:00 local

  it.each([
    {
      name: 'back to back without buffers',
      before: 0,
      after: 0,
      ok: ['09:00', '11:00'],
      not: ['09:15', '10:45'],
    },
    {
      name: 'after-buffer pushes earlier slots off',
      before: 0,
      after: 15,
      ok: ['08:45', '11:00'],
      not: ['09:00'],
    },
    {
      name: 'before-buffer pushes later slots off',
      before: 10,
      after: 0,
      ok: ['09:00', '11:15'],
      not: ['11:00'],
    },
    { name: 'both', before: 10, after: 15, ok: ['08:45', '11:15'], not: ['09:00', '11:00'] },
  ])('$name', ({ before, after, ok, not }) => {
    const slots = computeSlots(
      makeQuery({
        location: la,
        from: DAY,
        busy: [booked],
        appointmentType: makeType({ bufferBeforeMinutes: before, bufferAfterMinutes: after }),
      }),
    );
    for (const time of ok) expect(times(slots)).toContain(time);
    for (const time of not) expect(times(slots)).not.toContain(time);
  });

  it('reports the occupied range with buffers for the allocation rows', () => {
    const [first] = computeSlots(
      makeQuery({
        location: la,
        from: DAY,
        appointmentType: makeType({ bufferBeforeMinutes: 5, bufferAfterMinutes: 15 }),
      }),
    );
    expect(first?.occupiedStartMs).toBe(utc('2026-06-10T14:55:00Z'));
    expect(first?.occupiedEndMs).toBe(utc('2026-06-10T16:15:00Z'));
  });
});

describe('minimum notice and horizon', () => {
  it.each([
    { notice: 0, now: '2026-06-10T16:05:00Z', first: '09:15' },
    { notice: 120, now: '2026-06-10T16:05:00Z', first: '11:15' },
    { notice: 120, now: '2026-06-10T16:00:00Z', first: '11:00' },
  ])('notice $notice min from $now: first slot $first', ({ notice, now, first }) => {
    const slots = computeSlots(
      makeQuery({
        location: la,
        from: DAY,
        now: utc(now),
        appointmentType: makeType({ minNoticeMinutes: notice }),
      }),
    );
    expect(slots[0]?.localTime).toBe(first);
  });

  it('stops at today + horizon in the location zone, not in UTC', () => {
    // 22:00 on 10 June in LA is already 11 June in UTC.
    const slots = computeSlots(
      makeQuery({
        location: la,
        from: '2026-06-10',
        to: '2026-06-14',
        now: utc('2026-06-11T05:00:00Z'),
        appointmentType: makeType({ horizonDays: 1 }),
      }),
    );
    expect([...new Set(slots.map((slot) => slot.localDate))]).toEqual(['2026-06-11']);
  });
});

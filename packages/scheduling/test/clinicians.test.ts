import { describe, expect, it } from 'vitest';

import type { WorkingWindow } from '../src/index';
import { computeSlots, computeWeekSlots } from '../src/index';
import {
  busy,
  LONG_AGO,
  makeClinician,
  makeLocation,
  makeQuery,
  makeType,
  worksEveryDay,
} from './fixtures';

const DAY = '2026-06-10'; // a Wednesday; LA is UTC-7
const la = makeLocation({ timeZone: 'America/Los_Angeles' });

describe('"any clinician" merges eligible clinicians', () => {
  const clinA = makeClinician('clin-a', worksEveryDay('loc-1', '08:00', '12:00'));
  const clinB = makeClinician('clin-b', worksEveryDay('loc-1', '10:00', '17:00'));
  const aBooked = busy('clin-a', '2026-06-10T15:00:00Z', '2026-06-10T16:00:00Z'); // 08:00-09:00

  const merged = computeSlots(
    makeQuery({ location: la, from: DAY, clinicians: [clinA, clinB], busy: [aBooked] }),
  );
  const takers = (time: string) => merged.find((slot) => slot.localTime === time)?.clinicianIds;

  it.each([
    ['08:00', undefined],
    ['09:00', ['clin-a']],
    // clin-a already has an hour booked that day, so clin-b is offered first.
    ['10:00', ['clin-b', 'clin-a']],
    ['11:00', ['clin-b', 'clin-a']],
    ['11:15', ['clin-b']],
    ['16:00', ['clin-b']],
  ])('%s is taken by %j', (time, expected) => {
    expect(takers(time)).toEqual(expected);
  });

  it('ties break by id, whatever the input order', () => {
    const reversed = computeSlots(
      makeQuery({ location: la, from: DAY, clinicians: [clinB, clinA] }),
    );
    expect(reversed.find((slot) => slot.localTime === '10:00')?.clinicianIds).toEqual([
      'clin-a',
      'clin-b',
    ]);
  });

  it('a named clinician gets only their own slots', () => {
    const slots = computeSlots(
      makeQuery({
        location: la,
        from: DAY,
        clinicians: [clinA, clinB],
        clinicianId: 'clin-a',
        busy: [aBooked],
      }),
    );
    expect(slots.map((slot) => slot.localTime)).toEqual([
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
    ]);
    expect(slots.every((slot) => slot.clinicianIds.join() === 'clin-a')).toBe(true);
  });

  it('leaves out clinicians who do not offer the type', () => {
    const specialist = makeClinician('clin-c', worksEveryDay('loc-1', '08:00', '17:00'), {
      appointmentTypeIds: ['gait_retest'],
    });
    expect(computeSlots(makeQuery({ location: la, from: DAY, clinicians: [specialist] }))).toEqual(
      [],
    );
    const offered = computeSlots(
      makeQuery({
        location: la,
        from: DAY,
        clinicians: [specialist],
        appointmentType: makeType({ id: 'gait_retest' }),
      }),
    );
    expect(offered).toHaveLength(33);
  });
});

describe('a clinician at two locations', () => {
  // Mondays and Wednesdays in Los Angeles, Tuesdays and Thursdays in Phoenix.
  const phoenix = makeLocation({ id: 'loc-2', timeZone: 'America/Phoenix' });
  const hours: WorkingWindow[] = [
    { locationId: 'loc-1', weekday: 1, start: '08:00', end: '12:00' },
    { locationId: 'loc-1', weekday: 3, start: '08:00', end: '12:00' },
    { locationId: 'loc-2', weekday: 2, start: '09:00', end: '13:00' },
    { locationId: 'loc-2', weekday: 4, start: '09:00', end: '13:00' },
  ];
  const clinician = makeClinician('clin-a', hours);
  const week = (location: typeof la, busyList = [] as ReturnType<typeof busy>[]) =>
    computeWeekSlots({
      now: LONG_AGO,
      location,
      appointmentType: makeType(),
      clinicians: [clinician],
      resources: [],
      busy: busyList,
      weekStart: '2026-06-08',
    });

  it.each([
    ['Los Angeles', la, ['2026-06-08', '2026-06-10'], '2026-06-08T15:00:00.000Z'],
    ['Phoenix', phoenix, ['2026-06-09', '2026-06-11'], '2026-06-09T16:00:00.000Z'],
  ])('%s sees only its own days', (_name, location, dates, firstStart) => {
    const result = week(location);
    expect(result.days).toHaveLength(7);
    expect(result.timeZone).toBe(location.timeZone);
    expect(result.days.filter((day) => day.slots.length > 0).map((day) => day.date)).toEqual(dates);
    expect(result.days.find((day) => day.slots.length > 0)?.slots[0]?.start).toBe(firstStart);
  });

  it('a booking anywhere blocks the clinician everywhere', () => {
    // Booked at loc-1 (LA) on Monday: must not change Phoenix, and must block LA that hour.
    const monday = busy('clin-a', '2026-06-08T15:00:00Z', '2026-06-08T16:00:00Z');
    expect(week(la, [monday]).days[0]?.slots[0]?.localTime).toBe('09:00');
    expect(week(phoenix, [monday]).days[1]?.slots).toHaveLength(13);
  });
});

describe('week view', () => {
  it('covers seven local dates across spring forward, with 23-hour Sunday handled', () => {
    const result = computeWeekSlots({
      now: LONG_AGO,
      location: la,
      appointmentType: makeType(),
      clinicians: [makeClinician('clin-a', worksEveryDay('loc-1', '08:00', '17:00'))],
      resources: [],
      busy: [],
      weekStart: '2026-03-05',
    });
    expect(result.days.map((day) => day.date)).toEqual([
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
    ]);
    expect(result.days.map((day) => day.weekday)).toEqual([4, 5, 6, 7, 1, 2, 3]);
    expect(result.days.map((day) => day.slots[0]?.start.slice(11, 16))).toEqual([
      '16:00',
      '16:00',
      '16:00',
      '15:00',
      '15:00',
      '15:00',
      '15:00',
    ]);
    expect(result.days.every((day) => day.slots.length === 33)).toBe(true);
  });
});

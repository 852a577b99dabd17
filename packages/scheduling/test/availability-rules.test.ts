import { describe, expect, it } from 'vitest';

import type { Slot } from '../src/index';
import { computeSlots } from '../src/index';
import {
  busy,
  makeClinician,
  makeLocation,
  makeQuery,
  makeType,
  room,
  worksEveryDay,
} from './fixtures';

// Wednesday 10 June 2026, Los Angeles on PDT (UTC-7): 08:00 local is 15:00Z.
const DAY = '2026-06-10';
const la = makeLocation({ timeZone: 'America/Los_Angeles' });
const times = (slots: readonly Slot[]): string[] => slots.map((slot) => slot.localTime);

describe('date exceptions and opening hours', () => {
  const hours = worksEveryDay('loc-1', '08:00', '17:00');

  it.each([
    {
      name: 'whole day off',
      exceptions: [{ kind: 'time_off', date: DAY }] as const,
      expected: [],
    },
    {
      name: 'an hour off at noon',
      exceptions: [{ kind: 'time_off', date: DAY, start: '12:00', end: '13:00' }] as const,
      expected: ['08:00', '11:00', '13:00', '16:00'],
      absent: ['11:15', '12:00', '12:45'],
    },
    {
      name: 'time off on another date changes nothing',
      exceptions: [{ kind: 'time_off', date: '2026-06-11' }] as const,
      expected: ['08:00', '16:00'],
    },
  ])('$name', ({ exceptions, expected, absent }) => {
    const clinicians = [makeClinician('clin-a', hours, { exceptions: [...exceptions] })];
    const slots = computeSlots(makeQuery({ location: la, from: DAY, clinicians }));
    if (expected.length === 0) expect(slots).toEqual([]);
    for (const time of expected) expect(times(slots)).toContain(time);
    for (const time of absent ?? []) expect(times(slots)).not.toContain(time);
  });

  it('extra hours add a window at their location only', () => {
    const clinicians = [
      makeClinician('clin-a', [], {
        exceptions: [
          {
            kind: 'extra_hours',
            date: '2026-06-13',
            locationId: 'loc-1',
            start: '09:00',
            end: '11:00',
          },
          {
            kind: 'extra_hours',
            date: '2026-06-13',
            locationId: 'loc-2',
            start: '13:00',
            end: '17:00',
          },
        ],
      }),
    ];
    const slots = computeSlots(makeQuery({ location: la, from: '2026-06-13', clinicians }));
    expect(times(slots)).toEqual(['09:00', '09:15', '09:30', '09:45', '10:00']);
  });

  it('slots lie inside working hours and opening hours both', () => {
    const location = makeLocation({
      timeZone: 'America/Los_Angeles',
      openingHours: [
        { weekday: 3, start: '09:00', end: '12:00' },
        { weekday: 3, start: '13:00', end: '18:00' },
      ],
    });
    const slots = computeSlots(
      makeQuery({ location, from: DAY, appointmentType: makeType({ durationMinutes: 60 }) }),
    );
    expect(times(slots)).toEqual([
      ...['09:00', '09:15', '09:30', '09:45', '10:00', '10:15', '10:30', '10:45', '11:00'],
      ...['13:00', '13:15', '13:30', '13:45', '14:00', '14:15', '14:30', '14:45', '15:00'],
      ...['15:15', '15:30', '15:45', '16:00'],
    ]);
  });

  it('a closed date has no slots', () => {
    const location = makeLocation({ timeZone: 'America/Los_Angeles', closedDates: [DAY] });
    expect(computeSlots(makeQuery({ location, from: DAY }))).toEqual([]);
  });

  it('honours the slot step', () => {
    const slots = computeSlots(makeQuery({ location: la, from: DAY, stepMinutes: 30 }));
    expect(times(slots).slice(0, 3)).toEqual(['08:00', '08:30', '09:00']);
    expect(slots).toHaveLength(17);
  });
});

describe('resources', () => {
  const gaitType = makeType({ resourceKinds: ['gait_lab'] });
  const labBusy = busy('lab-1', '2026-06-10T17:00:00Z', '2026-06-10T18:00:00Z'); // 10:00-11:00 local

  it('no free gait lab means no slot, however free the clinician', () => {
    const slots = computeSlots(
      makeQuery({
        location: la,
        from: DAY,
        appointmentType: gaitType,
        resources: [room('lab-1', 'gait_lab')],
        busy: [labBusy],
      }),
    );
    expect(times(slots)).toContain('09:00');
    expect(times(slots)).not.toContain('09:15');
    expect(times(slots)).not.toContain('10:30');
    expect(times(slots)).toContain('11:00');
  });

  it('any free resource of the kind suffices, listed in id order', () => {
    const resources = [
      room('lab-2', 'gait_lab'),
      room('lab-1', 'gait_lab'),
      room('exam-1', 'exam_room'),
    ];
    const slots = computeSlots(
      makeQuery({ location: la, from: DAY, appointmentType: gaitType, resources, busy: [labBusy] }),
    );
    expect(slots).toHaveLength(33);
    const at = (time: string) => slots.find((slot) => slot.localTime === time)?.resources;
    expect(at('08:00')).toEqual([{ kind: 'gait_lab', resourceIds: ['lab-1', 'lab-2'] }]);
    expect(at('10:00')).toEqual([{ kind: 'gait_lab', resourceIds: ['lab-2'] }]);
  });

  it('ignores resources at other locations', () => {
    const slots = computeSlots(
      makeQuery({
        location: la,
        from: DAY,
        appointmentType: gaitType,
        resources: [room('lab-9', 'gait_lab', 'loc-2')],
      }),
    );
    expect(slots).toEqual([]);
  });

  it('needs every kind at once', () => {
    const type = makeType({ resourceKinds: ['gait_lab', 'exam_room'] });
    const resources = [room('lab-1', 'gait_lab'), room('exam-1', 'exam_room')];
    const examBusy = busy('exam-1', '2026-06-10T20:00:00Z', '2026-06-10T21:00:00Z'); // 13:00-14:00
    const slots = computeSlots(
      makeQuery({
        location: la,
        from: DAY,
        appointmentType: type,
        resources,
        busy: [labBusy, examBusy],
      }),
    );
    expect(times(slots)).not.toContain('10:00');
    expect(times(slots)).not.toContain('13:30');
    expect(times(slots)).toContain('12:00');
    expect(slots[0]?.resources).toEqual([
      { kind: 'gait_lab', resourceIds: ['lab-1'] },
      { kind: 'exam_room', resourceIds: ['exam-1'] },
    ]);
  });
});

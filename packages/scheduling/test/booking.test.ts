import { describe, expect, it } from 'vitest';

import type { SlotCheckQuery } from '../src/index';
import {
  checkSlotBookable,
  computeSlots,
  DEFAULT_APPOINTMENT_TYPES,
  pickResources,
} from '../src/index';
import {
  busy,
  LONG_AGO,
  makeClinician,
  makeLocation,
  makeType,
  room,
  utc,
  worksEveryDay,
} from './fixtures';

const la = makeLocation({ timeZone: 'America/Los_Angeles' });
const base: Omit<SlotCheckQuery, 'start'> = {
  now: LONG_AGO,
  location: la,
  appointmentType: makeType({
    resourceKinds: ['gait_lab'],
    bufferAfterMinutes: 15,
    minNoticeMinutes: 60,
    horizonDays: 30,
  }),
  clinicians: [
    makeClinician('clin-a', worksEveryDay('loc-1', '08:00', '17:00')),
    makeClinician('clin-b', worksEveryDay('loc-1', '08:00', '17:00')),
  ],
  resources: [room('lab-1', 'gait_lab'), room('lab-2', 'gait_lab')],
  busy: [],
};

describe('checkSlotBookable', () => {
  it.each([
    { name: 'a free grid start', start: '2026-01-14T16:00:00Z', result: { ok: true } },
    {
      name: 'an off-grid start for the front desk',
      start: '2026-01-14T16:05:00Z',
      result: { ok: true },
    },
    {
      name: 'inside the notice',
      start: '2026-01-01T00:30:00Z',
      result: { ok: false, reason: 'too_soon' },
    },
    {
      name: 'past the horizon',
      start: '2026-03-02T16:00:00Z',
      result: { ok: false, reason: 'beyond_horizon' },
    },
    {
      name: 'before opening',
      start: '2026-01-14T15:30:00Z',
      result: { ok: false, reason: 'outside_hours' },
    },
    {
      name: 'running past closing',
      start: '2026-01-15T00:30:00Z',
      result: { ok: false, reason: 'outside_hours' },
    },
  ])('$name', ({ start, result }) => {
    expect(checkSlotBookable({ ...base, start: utc(start) })).toMatchObject(result);
  });

  it('names the clinician or resource that is missing', () => {
    const start = utc('2026-01-14T17:00:00Z');
    const clinicianBusy = [
      busy('clin-a', '2026-01-14T17:30:00Z', '2026-01-14T18:00:00Z'),
      busy('clin-b', '2026-01-14T16:00:00Z', '2026-01-14T17:15:00Z'),
    ];
    expect(checkSlotBookable({ ...base, start, busy: clinicianBusy })).toEqual({
      ok: false,
      reason: 'clinician_busy',
    });
    // The lab's next booking starts as this one ends, but our 15-minute buffer runs into it.
    const labsBusy = [
      busy('lab-1', '2026-01-14T18:10:00Z', '2026-01-14T19:00:00Z'),
      busy('lab-2', '2026-01-14T16:00:00Z', '2026-01-14T17:01:00Z'),
    ];
    expect(checkSlotBookable({ ...base, start, busy: labsBusy })).toEqual({
      ok: false,
      reason: 'resource_unavailable',
      resourceKind: 'gait_lab',
    });
  });

  it('agrees with computeSlots on every listed slot', () => {
    const slots = computeSlots({
      ...base,
      from: '2026-01-14',
      to: '2026-01-14',
      busy: [busy('lab-1', '2026-01-14T18:00:00Z', '2026-01-14T19:00:00Z')],
    });
    for (const slot of slots) {
      const check = checkSlotBookable({
        ...base,
        start: slot.startMs,
        busy: [busy('lab-1', '2026-01-14T18:00:00Z', '2026-01-14T19:00:00Z')],
      });
      expect(check).toEqual({ ok: true, slot });
    }
  });
});

describe('pickResources', () => {
  const check = checkSlotBookable({
    ...base,
    start: utc('2026-01-14T16:00:00Z'),
    busy: [busy('clin-a', '2026-01-14T22:00:00Z', '2026-01-14T23:00:00Z')],
  });
  if (!check.ok) throw new Error('fixture slot should be bookable');
  const { slot } = check;

  it('takes the first clinician and first resource in pick order, buffers in the allocation range', () => {
    expect(pickResources(slot)).toEqual({
      ok: true,
      pick: {
        clinicianId: 'clin-b',
        start: utc('2026-01-14T16:00:00Z'),
        end: utc('2026-01-14T17:00:00Z'),
        allocations: [
          {
            kind: 'clinician',
            resourceId: 'clin-b',
            start: utc('2026-01-14T16:00:00Z'),
            end: utc('2026-01-14T17:15:00Z'),
          },
          {
            kind: 'gait_lab',
            resourceId: 'lab-1',
            start: utc('2026-01-14T16:00:00Z'),
            end: utc('2026-01-14T17:15:00Z'),
          },
        ],
      },
    });
  });

  it.each([
    [{ clinicianId: 'clin-a' }, { ok: true, pick: { clinicianId: 'clin-a' } }],
    [
      { excludeResourceIds: ['lab-1'] },
      { ok: true, pick: { allocations: [{ resourceId: 'clin-b' }, { resourceId: 'lab-2' }] } },
    ],
    [{ clinicianId: 'clin-z' }, { ok: false, reason: 'clinician_unavailable' }],
    [
      { excludeResourceIds: ['lab-1', 'lab-2'] },
      { ok: false, reason: 'resource_unavailable', resourceKind: 'gait_lab' },
    ],
  ])('with %j', (options, expected) => {
    expect(pickResources(slot, options)).toMatchObject(expected);
  });
});

describe('default appointment types', () => {
  it.each([
    ['initial_assessment', 60, ['gait_lab']],
    ['gait_retest', 45, ['gait_lab']],
    ['follow_up', 30, ['exam_room']],
    ['telehealth_checkin', 20, []],
  ])('%s is %i minutes with clinician + %j', (id, minutes, kinds) => {
    const type = DEFAULT_APPOINTMENT_TYPES.find((candidate) => candidate.id === id);
    expect(type?.durationMinutes).toBe(minutes);
    expect(type?.resourceKinds).toEqual(kinds);
  });
});

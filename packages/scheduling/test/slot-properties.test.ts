import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import type {
  BusyInterval,
  Clinician,
  Location,
  Slot,
  SlotQuery,
  WeeklyWindow,
} from '../src/index';
import { checkSlotBookable, computeSlots, pickResources, slotCheckWindow } from '../src/index';
import { makeType, utc } from './fixtures';

const ZONES = ['America/Los_Angeles', 'America/Phoenix', 'Europe/London', 'Australia/Sydney'];
// Transition days of each zone plus an ordinary one; ranges run up to three days from here.
const START_DATES = [
  '2026-03-07',
  '2026-03-08',
  '2026-03-29',
  '2026-04-04',
  '2026-06-10',
  '2026-10-03',
  '2026-10-25',
  '2026-11-01',
  '2027-03-14',
  '2027-11-06',
];

const hourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

// Whole-hour bounds keep the wall-clock oracle below exact on fall-back days.
const weeklyWindow = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    start: fc.integer({ min: 0, max: 23 }),
    length: fc.integer({ min: 1, max: 24 }),
  })
  .map(({ weekday, start, length }): WeeklyWindow => ({
    weekday,
    start: hourLabel(start),
    end: hourLabel(Math.min(24, start + length)),
  }));

const RESOURCE_IDS = ['lab-1', 'lab-2', 'exam-1', 'exam-2', 'lab-far'];
const CLINICIAN_IDS = ['clin-a', 'clin-b', 'clin-c'];

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    from: fc.constantFrom(...START_DATES),
    days: fc.integer({ min: 0, max: 2 }),
    openingHours: fc.array(weeklyWindow, { minLength: 1, maxLength: 12 }),
    clinicianHours: fc.array(
      fc.array(fc.record({ window: weeklyWindow, here: fc.boolean() }), { maxLength: 8 }),
      { minLength: 1, maxLength: 3 },
    ),
    duration: fc.constantFrom(15, 20, 30, 45, 60, 90),
    before: fc.integer({ min: 0, max: 6 }).map((n) => n * 5),
    after: fc.integer({ min: 0, max: 6 }).map((n) => n * 5),
    kinds: fc.subarray(['gait_lab', 'exam_room'] as const),
    busy: fc.array(
      fc.record({
        resourceId: fc.constantFrom(...RESOURCE_IDS, ...CLINICIAN_IDS),
        offsetMinutes: fc.integer({ min: -24 * 60, max: 4 * 24 * 60 }),
        minutes: fc.integer({ min: 1, max: 240 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map((s): SlotQuery => {
    const location: Location = { id: 'loc-1', timeZone: s.zone, openingHours: s.openingHours };
    const clinicians: Clinician[] = s.clinicianHours.map((windows, index) => ({
      id: CLINICIAN_IDS[index] ?? 'clin-x',
      workingHours: windows.map(({ window, here }) => ({
        ...window,
        locationId: here ? 'loc-1' : 'loc-2',
      })),
    }));
    const origin = utc(`${s.from}T00:00:00Z`);
    const busy: BusyInterval[] = s.busy.map((b) => ({
      resourceId: b.resourceId,
      start: origin + b.offsetMinutes * 60_000,
      end: origin + (b.offsetMinutes + b.minutes) * 60_000,
    }));
    return {
      now: utc('2026-01-01T00:00:00Z'),
      location,
      appointmentType: makeType({
        durationMinutes: s.duration,
        bufferBeforeMinutes: s.before,
        bufferAfterMinutes: s.after,
        resourceKinds: [...s.kinds],
      }),
      clinicians,
      resources: [
        { id: 'lab-1', kind: 'gait_lab', locationId: 'loc-1' },
        { id: 'lab-2', kind: 'gait_lab', locationId: 'loc-1' },
        { id: 'exam-1', kind: 'exam_room', locationId: 'loc-1' },
        { id: 'exam-2', kind: 'exam_room', locationId: 'loc-1' },
        { id: 'lab-far', kind: 'gait_lab', locationId: 'loc-2' },
      ],
      busy,
      from: s.from,
      to: DateTime.fromISO(s.from, { zone: 'UTC' }).plus({ days: s.days }).toISODate() ?? s.from,
    };
  });

function assertClearOfBusy(query: SlotQuery, slot: Slot): void {
  const type = query.appointmentType;
  expect(slot.occupiedStartMs).toBe(slot.startMs - type.bufferBeforeMinutes * 60_000);
  expect(slot.occupiedEndMs).toBe(slot.endMs + type.bufferAfterMinutes * 60_000);
  const holders = [...slot.clinicianIds, ...slot.resources.flatMap((pool) => pool.resourceIds)];
  for (const interval of query.busy) {
    if (!holders.includes(interval.resourceId)) continue;
    const overlaps = interval.start < slot.occupiedEndMs && slot.occupiedStartMs < interval.end;
    expect(overlaps, `${slot.start} overlaps busy ${interval.resourceId}`).toBe(false);
  }
  expect(slot.resources.map((pool) => pool.kind)).toEqual(type.resourceKinds);
  for (const pool of slot.resources) {
    for (const id of pool.resourceIds) {
      expect(query.resources.find((resource) => resource.id === id)?.locationId).toBe('loc-1');
    }
  }
}

/** Checked on the wall clock with luxon alone, independent of the engine's interval maths. */
function assertWithinHours(query: SlotQuery, slot: Slot): void {
  const inside = (windows: readonly WeeklyWindow[], at: DateTime): boolean => {
    const minute = at.hour * 60 + at.minute;
    return windows.some((w) => {
      const [startHour, endHour] = [Number(w.start.slice(0, 2)), Number(w.end.slice(0, 2))];
      return w.weekday === at.weekday && startHour * 60 <= minute && minute < endHour * 60;
    });
  };
  for (let t = slot.startMs; t < slot.endMs; t += 5 * 60_000) {
    const at = DateTime.fromMillis(t, { zone: query.location.timeZone });
    expect(at.toISODate()).toBe(slot.localDate);
    expect(inside(query.location.openingHours, at), `${slot.start} outside opening hours`).toBe(
      true,
    );
    for (const id of slot.clinicianIds) {
      const hours =
        query.clinicians
          .find((c) => c.id === id)
          ?.workingHours.filter((w) => w.locationId === 'loc-1') ?? [];
      expect(inside(hours, at), `${slot.start} outside ${id}'s hours`).toBe(true);
    }
  }
}

describe('slot properties', () => {
  it('no slot overlaps busy time of what it lists, and all lie within working ∩ opening hours', () => {
    fc.assert(
      fc.property(scenario, (query) => {
        const slots = computeSlots(query);
        const perDay = new Map<string, Set<string>>();
        let previous = -Infinity;
        for (const slot of slots) {
          expect(slot.startMs).toBeGreaterThan(previous);
          previous = slot.startMs;
          const labels = perDay.get(slot.localDate) ?? new Set<string>();
          expect(labels.has(slot.localTime), `duplicate label ${slot.localTime}`).toBe(false);
          perDay.set(slot.localDate, labels.add(slot.localTime));
          expect(slot.clinicianIds.length).toBeGreaterThan(0);
          assertClearOfBusy(query, slot);
          assertWithinHours(query, slot);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('booking a picked slot leaves nothing that would double-book its resources', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (query, choice) => {
        const slots = computeSlots(query);
        fc.pre(slots.length > 0);
        const slot = slots[choice % slots.length];
        if (slot === undefined) return;
        expect(checkSlotBookable({ ...query, start: slot.startMs })).toEqual({ ok: true, slot });
        const picked = pickResources(slot);
        if (!picked.ok) throw new Error('a listed slot must be pickable');
        const booked = picked.pick.allocations.map((a) => ({
          resourceId: a.resourceId,
          start: a.start,
          end: a.end,
        }));
        const after = { ...query, busy: [...query.busy, ...booked] };
        for (const next of computeSlots(after)) assertClearOfBusy(after, next);
        const again = checkSlotBookable({
          ...after,
          start: slot.startMs,
          clinicianId: picked.pick.clinicianId,
        });
        expect(again.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('a check reads no busy time outside slotCheckWindow', () => {
    // Everyone works around the clock, so most starts are bookable and the answer turns on busy
    // time: the pick order (each clinician's booked time that day) and late slots that run on
    // past midnight.
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      start: '00:00',
      end: '24:00',
    }));
    const busyCase = fc.record({
      zone: fc.constantFrom(...ZONES),
      from: fc.constantFrom(...START_DATES),
      startMinute: fc.integer({ min: 0, max: 24 * 12 - 1 }).map((n) => n * 5),
      duration: fc.constantFrom(15, 30, 60, 90),
      before: fc.integer({ min: 0, max: 6 }).map((n) => n * 5),
      after: fc.integer({ min: 0, max: 6 }).map((n) => n * 5),
      busy: fc.array(
        fc.record({
          resourceId: fc.constantFrom('lab-1', 'lab-2', ...CLINICIAN_IDS),
          offsetMinutes: fc.integer({ min: -36 * 60, max: 60 * 60 }),
          minutes: fc.integer({ min: 5, max: 240 }),
        }),
        { maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(busyCase, (c) => {
        const midnight = DateTime.fromISO(c.from, { zone: c.zone }).toMillis();
        const start = midnight + c.startMinute * 60_000;
        const query = {
          now: utc('2026-01-01T00:00:00Z'),
          location: { id: 'loc-1', timeZone: c.zone, openingHours: allDay },
          appointmentType: makeType({
            durationMinutes: c.duration,
            bufferBeforeMinutes: c.before,
            bufferAfterMinutes: c.after,
            resourceKinds: ['gait_lab'],
          }),
          clinicians: CLINICIAN_IDS.map((id) => ({
            id,
            workingHours: allDay.map((w) => ({ ...w, locationId: 'loc-1' })),
          })),
          resources: [
            { id: 'lab-1', kind: 'gait_lab' as const, locationId: 'loc-1' },
            { id: 'lab-2', kind: 'gait_lab' as const, locationId: 'loc-1' },
          ],
          busy: c.busy.map((b) => ({
            resourceId: b.resourceId,
            start: midnight + b.offsetMinutes * 60_000,
            end: midnight + (b.offsetMinutes + b.minutes) * 60_000,
          })),
          start,
        };
        const window = slotCheckWindow(start, c.zone, query.appointmentType);
        const inside = query.busy.filter((b) => b.start < window.end && window.start < b.end);
        expect(checkSlotBookable({ ...query, busy: inside })).toEqual(checkSlotBookable(query));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

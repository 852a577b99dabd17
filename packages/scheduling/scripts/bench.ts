/**
 * `pnpm bench:scheduling`: a week of "any clinician" slots at one location with 8 clinicians
 * and 2,000 existing bookings. Prints the median and p95; the target is p95 under 20 ms.
 */
import { performance } from 'node:perf_hooks';

import type { BusyInterval, Clinician, Resource, SlotBaseQuery } from '../src/index';
import { computeWeekSlots, DEFAULT_APPOINTMENT_TYPES } from '../src/index';

const HOUR = 3_600_000;
const weekStart = '2026-03-02'; // includes the LA spring-forward Sunday
const origin = Date.parse('2026-03-02T08:00:00Z');

const clinicians: Clinician[] = Array.from({ length: 8 }, (_, index) => ({
  id: `clin-${index}`,
  workingHours: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
    { locationId: 'loc-1', weekday, start: '07:00', end: '12:00' },
    { locationId: 'loc-1', weekday, start: '13:00', end: '19:00' },
  ]),
}));
const resources: Resource[] = [
  { id: 'lab-1', kind: 'gait_lab', locationId: 'loc-1' },
  { id: 'lab-2', kind: 'gait_lab', locationId: 'loc-1' },
  { id: 'exam-1', kind: 'exam_room', locationId: 'loc-1' },
  { id: 'exam-2', kind: 'exam_room', locationId: 'loc-1' },
];

// Deterministic spread of 2,000 bookings over the week (a linear congruential sequence).
let seed = 42;
const next = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const holders = [...clinicians.map((c) => c.id), ...resources.map((r) => r.id)];
const busy: BusyInterval[] = Array.from({ length: 2000 }, () => {
  const start = origin + Math.floor(next() * 7 * 24 * 4) * (HOUR / 4);
  return {
    resourceId: holders[Math.floor(next() * holders.length)] ?? 'clin-0',
    start,
    end: start + HOUR / 2,
  };
});

const appointmentType = DEFAULT_APPOINTMENT_TYPES[0];
const query: SlotBaseQuery & { weekStart: string } = {
  now: Date.parse('2026-02-01T00:00:00Z'),
  location: {
    id: 'loc-1',
    timeZone: 'America/Los_Angeles',
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      start: '07:00',
      end: '20:00',
    })),
  },
  appointmentType: { ...appointmentType, resourceKinds: [...appointmentType.resourceKinds] },
  clinicians,
  resources,
  busy,
  weekStart,
};

const runs: number[] = [];
let slots = 0;
for (let index = 0; index < 220; index += 1) {
  const started = performance.now();
  const week = computeWeekSlots(query);
  const elapsed = performance.now() - started;
  if (index >= 20) runs.push(elapsed); // the first runs warm up the JIT and luxon's caches
  slots = week.days.reduce((sum, day) => sum + day.slots.length, 0);
}
runs.sort((a, b) => a - b);
const at = (q: number): number =>
  runs[Math.min(runs.length - 1, Math.floor(q * runs.length))] ?? Number.NaN;
console.log(`week of "any clinician" slots: ${slots} slots, 8 clinicians, ${busy.length} bookings`);
console.log(
  `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms over ${runs.length} runs (target p95 < 20 ms)`,
);

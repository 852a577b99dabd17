import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { DatabaseHandle, Listen } from '@stride/db';
import { rawRows } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import type { CachedWeek, WeekSlotsCache } from '../src';
import { createCaller, createContext, OrgCache, SLOT_CACHE } from '../src';
import { checkedWeekSlotsOutput, weekSlotsOutput } from '../src/scheduling/list-week-slots';
import { MAX_AGE_MS, MAX_WEEKS } from '../src/scheduling/slot-cache';
import { TEST_NOW, testEnv, viewerFor } from './helpers';
import { schedulingWorld, typeId } from './scheduling-world';

// Remembered weeks of slots (slot-cache.ts, migration 0014): served while nothing they were
// computed from changed, forgotten on every change that can alter them, never kept across a
// change that raced the computation or while the listener was down.
const kinds = await integrationKinds();
const WEEK = '2026-11-30';
// Monday 30 November 2026 in Los Angeles (UTC-8).
const at = (hhmm: string) => new Date(`${WEEK}T${hhmm}:00-08:00`).toISOString();

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}

describe.each(kinds)('remembered weeks of slots on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  let cache: WeekSlotsCache;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await schedulingWorld(env, 2);
    cache = await OrgCache.start<CachedWeek>(handle.listen, SLOT_CACHE);
  }, 60_000);
  afterAll(async () => {
    await cache?.stop();
    await env?.stop();
    await handle?.close();
  });

  const exec = (query: ReturnType<typeof sql>) => handle.db.execute(query);
  const patient = (slotCache: WeekSlotsCache | undefined, now = TEST_NOW) =>
    createCaller(
      createContext({
        db: handle.db,
        jobs: env.jobs,
        viewer: viewerFor(defined(w.patients[0], 'patient').user, w.org, []),
        now: () => now,
        slotCache,
      }),
    );
  const input = (clinicianId?: string) => ({
    locationId: w.loc.id,
    appointmentTypeId: typeId(w.types, 'follow_up'),
    weekStart: WEEK,
    ...(clinicianId ? { clinicianId } : {}),
  });
  const remembered = (now?: Date) => patient(cache, now).scheduling.weekSlots(input());
  const computed = (now?: Date) => patient(undefined, now).scheduling.weekSlots(input());
  const mondayStarts = (week: Awaited<ReturnType<typeof computed>>) =>
    week.days[0]?.slots.map((s) => s.start) ?? [];

  /** Runs a change and waits until its notification has reached the cache. */
  async function change(run: () => Promise<unknown>) {
    const before = cache.stats.forgotten;
    await run();
    await vi.waitFor(() => expect(cache.stats.forgotten).toBeGreaterThan(before), {
      timeout: 5_000,
    });
  }

  it('serves a remembered week while nothing changes', async () => {
    expect(cache.isLive).toBe(true);
    const first = await remembered();
    const hits = cache.stats.hits;
    const again = await remembered();
    expect(cache.stats.hits).toBe(hits + 1);
    expect(again).toEqual(first);
    expect(again).toEqual(await computed());
    expect(mondayStarts(again)).toContain(at('09:00'));
  });

  it('checks a week once, when computed, and its output check refuses any week it did not', async () => {
    for (const week of [await remembered(), await computed()]) {
      expect(Object.isFrozen(week)).toBe(true);
      expect(weekSlotsOutput.parse(week)).toEqual(week);
      expect(checkedWeekSlotsOutput.safeParse(week).success).toBe(true);
      // An equal copy was never checked here: refused.
      expect(checkedWeekSlotsOutput.safeParse(structuredClone(week)).success).toBe(false);
    }
  });

  const changes: [name: string, run: () => Promise<unknown>][] = [
    [
      'a booking at the front desk',
      () =>
        w.as.desk().scheduling.book({
          locationId: w.loc.id,
          appointmentTypeId: typeId(w.types, 'follow_up'),
          start: at('09:00'),
          patientId: defined(w.patients[1], 'patient').record.id,
          idempotencyKey: randomUUID(),
        }),
    ],
    [
      'shorter working hours',
      () => exec(sql`update working_hours set end_time = '12:00' where clinician_id = ${w.drA.id}`),
    ],
    [
      'time off',
      () =>
        exec(sql`insert into availability_exceptions
          (organization_id, clinician_id, kind, date, start_time, end_time)
          values (${w.org.id}, ${w.drB.id}, 'time_off', ${WEEK}, '08:00', '10:00')`),
    ],
    [
      'a closed room',
      () =>
        exec(
          sql`update resources set active = false where location_id = ${w.loc.id} and kind = 'exam_room'`,
        ),
    ],
    [
      'a reopened room and a longer appointment type',
      async () => {
        await exec(sql`update resources set active = true where location_id = ${w.loc.id}`);
        await exec(
          sql`update appointment_types set duration_minutes = 90 where id = ${typeId(w.types, 'follow_up')}`,
        );
      },
    ],
    [
      'a clinician leaving',
      () => exec(sql`update memberships set active = false where user_id = ${w.drB.id}`),
    ],
    [
      'a clinician renamed',
      () => exec(sql`update users set name = 'Dr A. Renamed' where id = ${w.drA.id}`),
    ],
    [
      'a shorter booking horizon',
      () => exec(sql`update locations set booking_horizon_days = 4 where id = ${w.loc.id}`),
    ],
  ];
  for (const [name, run] of changes) {
    it(`forgets the week after ${name}`, async () => {
      const before = await remembered();
      await change(run);
      const after = await remembered();
      expect(after).toEqual(await computed());
      expect(after).not.toEqual(before);
    });
  }

  it('keeps the week through changes the slots cannot see', async () => {
    const before = cache.stats.forgotten;
    const checkedIn = await rawRows(
      handle.db,
      sql`update appointments set status = 'checked_in'
        where organization_id = ${w.org.id} and status = 'booked' returning id`,
    );
    expect(checkedIn.length).toBeGreaterThan(0);
    // Notifications arrive in commit order: one from a later change proves none came before it.
    await change(() => exec(sql`update users set name = 'Dr A' where id = ${w.drA.id}`));
    expect(cache.stats.forgotten).toBe(before + 1);
  });

  it("gives a hold's time back when the hold lapses, with no write to announce it", async () => {
    await exec(sql`update locations set booking_horizon_days = 365 where id = ${w.loc.id}`);
    await exec(sql`update memberships set active = true where user_id = ${w.drB.id}`);
    const byA = () => patient(cache).scheduling.weekSlots(input(w.drA.id));
    const free = (await byA()).days[0]?.slots.map((s) => s.start) ?? [];
    const start = free.at(-1);
    expect(start).toBeDefined();
    await change(() =>
      patient(undefined).scheduling.book({
        locationId: w.loc.id,
        appointmentTypeId: typeId(w.types, 'follow_up'),
        clinicianId: w.drA.id,
        start: defined(start, 'free slot'),
        idempotencyKey: randomUUID(),
      }),
    );
    // Remembered ten seconds before the five-minute hold lapses (well inside MAX_AGE_MS)...
    const nearly = new Date(TEST_NOW.getTime() + 290_000);
    const held = await patient(cache, nearly).scheduling.weekSlots(input(w.drA.id));
    expect(held.days[0]?.slots.map((s) => s.start)).not.toContain(start);
    // ...and a second after it lapsed the time is free again, though nothing was written.
    const later = new Date(TEST_NOW.getTime() + 301_000);
    const afterLapse = await patient(cache, later).scheduling.weekSlots(input(w.drA.id));
    expect(afterLapse.days[0]?.slots.map((s) => s.start)).toContain(start);
  });
});

/** A listener under the test's control. */
function fakeListener() {
  const subscribers: { onMessage: (p: string) => void; onLost: (e: Error) => void }[] = [];
  let failNext = false;
  const listen: Listen = (_channel, onMessage, onLost) => {
    if (failNext) {
      failNext = false;
      return Promise.reject(new Error('connection refused'));
    }
    subscribers.push({ onMessage, onLost });
    return Promise.resolve({ stop: () => Promise.resolve() });
  };
  return {
    listen,
    notify: (payload: string) => subscribers.at(-1)?.onMessage(payload),
    lose: () => subscribers.at(-1)?.onLost(new Error('gone')),
    failNextListen: () => (failNext = true),
    listens: () => subscribers.length,
  };
}

describe('the slot cache on its own', () => {
  const NOW = 1_800_000_000_000;

  it('keeps nothing computed across a change of its organisation, and keeps the rest', async () => {
    const bus = fakeListener();
    const cache = await OrgCache.start<string>(bus.listen, SLOT_CACHE);
    const a = defined(cache.ticket('org-a'), 'ticket');
    const b = defined(cache.ticket('org-b'), 'ticket');
    bus.notify('org-a');
    cache.put(a, 'week', 'stale', NOW + 60_000, NOW);
    cache.put(b, 'week', 'fine', NOW + 60_000, NOW);
    expect(cache.get('org-a', 'week', NOW)).toBeUndefined();
    expect(cache.get('org-b', 'week', NOW)).toBe('fine');
    bus.notify('org-b');
    expect(cache.get('org-b', 'week', NOW)).toBeUndefined();
    cache.put(defined(cache.ticket('org-a'), 'ticket'), 'week', 'a', NOW + 60_000, NOW);
    bus.notify('*');
    expect(cache.get('org-a', 'week', NOW)).toBeUndefined();
    await cache.stop();
  });

  it('serves a week only until it may differ, and never longer than the maximum age', async () => {
    const cache = await OrgCache.start<string>(fakeListener().listen, SLOT_CACHE);
    cache.put(defined(cache.ticket('org'), 'ticket'), 'soon', 'v', NOW + 1_000, NOW);
    expect(cache.get('org', 'soon', NOW + 999)).toBe('v');
    expect(cache.get('org', 'soon', NOW + 1_000)).toBeUndefined();
    cache.put(defined(cache.ticket('org'), 'ticket'), 'far', 'v', Number.POSITIVE_INFINITY, NOW);
    expect(cache.get('org', 'far', NOW + MAX_AGE_MS - 1)).toBe('v');
    expect(cache.get('org', 'far', NOW + MAX_AGE_MS)).toBeUndefined();
    await cache.stop();
  });

  it('holds at most MAX_WEEKS weeks, letting the oldest go', async () => {
    const cache = await OrgCache.start<number>(fakeListener().listen, SLOT_CACHE);
    for (let i = 0; i <= MAX_WEEKS; i++) {
      cache.put(defined(cache.ticket(`org-${i % 7}`), 'ticket'), `week-${i}`, i, NOW + 60_000, NOW);
    }
    expect(cache.size).toBe(MAX_WEEKS);
    expect(cache.get('org-0', 'week-0', NOW)).toBeUndefined();
    expect(cache.get('org-1', 'week-1', NOW)).toBe(1);
    expect(cache.get(`org-${MAX_WEEKS % 7}`, `week-${MAX_WEEKS}`, NOW)).toBe(MAX_WEEKS);
    await cache.stop();
  });

  it('caches nothing while it cannot listen, and resumes once it listens again', async () => {
    vi.useFakeTimers();
    try {
      const bus = fakeListener();
      const cache = await OrgCache.start<string>(bus.listen, SLOT_CACHE);
      const before = defined(cache.ticket('org'), 'ticket');
      cache.put(defined(cache.ticket('org'), 'ticket'), 'week', 'v', NOW + 60_000, NOW);
      bus.failNextListen();
      bus.lose();
      expect(cache.isLive).toBe(false);
      expect(cache.get('org', 'week', NOW)).toBeUndefined();
      expect(cache.ticket('org')).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1_000); // the first retry is refused
      expect(cache.isLive).toBe(false);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(cache.isLive).toBe(true);
      expect(bus.listens()).toBe(2);
      // A ticket from before the outage is worthless: changes may have gone unheard.
      cache.put(before, 'week', 'stale', NOW + 60_000, NOW);
      expect(cache.get('org', 'week', NOW)).toBeUndefined();
      cache.put(defined(cache.ticket('org'), 'ticket'), 'week', 'fresh', NOW + 60_000, NOW);
      expect(cache.get('org', 'week', NOW)).toBe('fresh');
      await cache.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Slot } from '@stride/scheduling';
import { createDatabase, rawRows } from '@stride/db';
import { createTestDatabase, postgresAvailable } from '@stride/db/testing';

import type { AppointmentSummary } from '../src/scheduling/appointment-summary';
import type { ClaimResult } from '../src/scheduling/claim-resources';
import { claimResources } from '../src/scheduling/claim-resources';
import { callerAs, testEnv, viewerFor } from './helpers';
import { overlappingAllocations, schedulingWorld, typeId } from './scheduling-world';

// Concurrency is a property of the real server; PGlite has one connection. In CI a missing
// server fails this file (postgresAvailable throws) instead of skipping it.
const hasServer = await postgresAvailable();
// Every statement node-postgres sends (a round trip each), spied on before any connection is
// made: the statement cache binds each connection's query method when it connects.
const sent = vi.spyOn(pg.Client.prototype, 'query');

describe.skipIf(!hasServer)('booking under concurrency on PostgreSQL', () => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  let env: Awaited<ReturnType<typeof testEnv>>;
  beforeAll(async () => {
    handle = await createTestDatabase('postgres', { maxConnections: 25 });
    env = await testEnv(handle);
    w = await schedulingWorld(env, 50);
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  it('50 simultaneous attempts at one slot give one booking and 49 conflicts, 20 times over', async () => {
    for (let round = 0; round < 20; round++) {
      // Rounds walk through December, one slot per weekday, so each starts on a free slot.
      const day = String(1 + round).padStart(2, '0');
      const start = new Date(`2026-12-${day}T10:00:00-08:00`).toISOString();
      const results = await Promise.allSettled(
        w.patients.map((p) =>
          w.as.desk().scheduling.book({
            locationId: w.loc.id,
            appointmentTypeId: typeId(w.types, 'initial_assessment'),
            patientId: p.record.id,
            start,
            idempotencyKey: randomUUID(),
          }),
        ),
      );
      const booked = results.filter((r) => r.status === 'fulfilled');
      const unexpected = results.flatMap((r) =>
        r.status === 'rejected' && !(r.reason instanceof TRPCError && r.reason.code === 'CONFLICT')
          ? [String((r.reason as Error).cause ?? r.reason)]
          : [],
      );
      expect([...new Set(unexpected)], `round ${round}: unexpected errors`).toEqual([]);
      const codes = results.flatMap((r) =>
        r.status === 'rejected'
          ? [r.reason instanceof TRPCError ? r.reason.code : String(r.reason)]
          : [],
      );
      expect(booked, `round ${round}`).toHaveLength(1);
      expect(codes, `round ${round}`).toEqual(Array.from({ length: 49 }, () => 'CONFLICT'));
      expect(await overlappingAllocations(handle.db)).toBe(0);
    }
  }, 240_000);

  it('a replayed idempotency key under concurrency makes one appointment', async () => {
    const key = randomUUID();
    const request = {
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'follow_up'),
      patientId: w.patients[0]?.record.id,
      start: new Date('2027-01-04T11:00:00-08:00').toISOString(),
      idempotencyKey: key,
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => w.as.desk().scheduling.book(request)),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const rows = await rawRows<{ n: string }>(
      handle.db,
      sql`select count(*)::text as n from appointments where idempotency_key = ${key}`,
    );
    expect(rows[0]?.n).toBe('1');
    expect(await overlappingAllocations(handle.db)).toBe(0);
  }, 60_000);

  it('a booking in flight passes over the clinician and room another booking is placing', async () => {
    const ids = Array.from({ length: 4 }, () => randomUUID());
    const [c1, c2, r1, r2] = ids;
    const slot = {
      clinicianIds: [c1, c2],
      resources: [{ kind: 'exam_room', resourceIds: [r1, r2] }],
      occupiedStartMs: 0,
      occupiedEndMs: 1,
      startMs: 0,
      endMs: 1,
    } as unknown as Slot;
    const placed = (result: ClaimResult | undefined) =>
      result?.ok ? result.pick.allocations.map((a) => a.resourceId) : result;
    let first: ClaimResult | undefined;
    let commit = () => {};
    const open = new Promise<void>((resolve) => (commit = resolve));
    const firstTx = handle.db.transaction(async (tx) => {
      first = await claimResources(tx, w.org.id, slot, undefined);
      await open;
    });
    await vi.waitFor(() => expect(first).toBeDefined());
    // Passing over both takes no more round trips than claiming the first would.
    let statements = 0;
    const second = await handle.db.transaction(async (tx) => {
      const execute = tx.execute.bind(tx);
      vi.spyOn(tx, 'execute').mockImplementation((query) => {
        statements += 1;
        return execute(query);
      });
      const result = await claimResources(tx, w.org.id, slot, undefined);
      expect(statements).toBe(1);
      return result;
    });
    // Asked for by name while being placed, the clinician is not given: the booking is told to
    // wait (in_flight) rather than race the other to the constraint.
    const asked = await handle.db.transaction((tx) => claimResources(tx, w.org.id, slot, c1));
    commit();
    await firstTx;
    expect(placed(first)).toEqual([c1, r1]);
    expect(placed(second)).toEqual([c2, r2]);
    expect(asked).toMatchObject({ ok: false, reason: 'in_flight', placing: [c1] });
    // Claims end with their transaction.
    const after = await handle.db.transaction((tx) =>
      claimResources(tx, w.org.id, slot, undefined),
    );
    expect(placed(after)).toEqual([c1, r1]);
  });

  it('a booking whose gait lab another booking is placing waits for it holding nothing, then books', async () => {
    const [lab] = await rawRows<{ id: string }>(
      handle.db,
      sql`select id from resources where location_id = ${w.loc.id} and kind = 'gait_lab' and active`,
    );
    if (!lab) throw new Error('the location has no gait lab');
    const start = Date.parse('2027-01-06T10:00:00-08:00');
    // Claims over the booking's start: claims are per resource and period.
    const alone = (clinicianId: string, resourceIds: string[]) =>
      ({
        clinicianIds: [clinicianId],
        resources: resourceIds.length ? [{ kind: 'gait_lab', resourceIds }] : [],
        occupiedStartMs: start,
        occupiedEndMs: start + 60_000,
        startMs: start,
        endMs: start + 60_000,
      }) as unknown as Slot;
    // Another booking, still open, has claimed Dr A and the lab (and placed nothing).
    let claimed: ClaimResult | undefined;
    let commit = () => {};
    const open = new Promise<void>((resolve) => (commit = resolve));
    const placingTx = handle.db.transaction(async (tx) => {
      claimed = await claimResources(tx, w.org.id, alone(w.drA.id, [lab.id]), w.drA.id);
      await open;
    });
    await vi.waitFor(() => expect(claimed?.ok).toBe(true));

    let booked: AppointmentSummary | undefined;
    const booking = w.as
      .desk()
      .scheduling.book({
        locationId: w.loc.id,
        appointmentTypeId: typeId(w.types, 'initial_assessment'),
        clinicianId: w.drB.id,
        patientId: w.patients[2]?.record.id,
        start: new Date(start).toISOString(),
        idempotencyKey: randomUUID(),
      })
      .then((summary) => (booked = summary));
    await vi.waitFor(
      async () => {
        const [row] = await rawRows<{ n: number }>(
          handle.db,
          sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`,
        );
        expect(row?.n).toBe(1);
      },
      { timeout: 10_000 },
    );
    // While it waits it holds no claim: Dr B, whom it had claimed, is free to claim.
    const meanwhile = await handle.db.transaction((tx) =>
      claimResources(tx, w.org.id, alone(w.drB.id, []), w.drB.id),
    );
    expect(meanwhile.ok).toBe(true);
    expect(booked).toBeUndefined();
    // The other booking ends without placing the lab: this one gets it.
    commit();
    await placingTx;
    await booking;
    expect(booked?.clinician.id).toBe(w.drB.id);
    expect(await overlappingAllocations(handle.db)).toBe(0);
  });

  it('claims one resource over periods: bookings of one clinician at other times do not wait', async () => {
    const [clinician, room] = [randomUUID(), randomUUID()];
    const at = (startMs: number, minutes: number) =>
      ({
        clinicianIds: [clinician],
        resources: [{ kind: 'exam_room', resourceIds: [room] }],
        occupiedStartMs: startMs,
        occupiedEndMs: startMs + minutes * 60_000,
        startMs,
        endMs: startMs + minutes * 60_000,
      }) as unknown as Slot;
    const ten = Date.parse('2027-01-08T10:00:00-08:00');
    let first: ClaimResult | undefined;
    let commit = () => {};
    const open = new Promise<void>((resolve) => (commit = resolve));
    const firstTx = handle.db.transaction(async (tx) => {
      first = await claimResources(tx, w.org.id, at(ten, 35), clinician);
      await open;
    });
    await vi.waitFor(() => expect(first?.ok).toBe(true));
    const claim = (slot: Slot) =>
      handle.db.transaction((tx) => claimResources(tx, w.org.id, slot, clinician));
    // 10:45 for 35 minutes shares no quarter hour with 10:00–10:35: claimed at once.
    expect((await claim(at(ten + 45 * 60_000, 35))).ok).toBe(true);
    // 10:30 overlaps it: told to wait for it.
    expect(await claim(at(ten + 30 * 60_000, 35))).toMatchObject({
      ok: false,
      reason: 'in_flight',
      placing: [clinician, room],
    });
    commit();
    await firstTx;
    expect((await claim(at(ten + 30 * 60_000, 35))).ok).toBe(true);
  });

  it('a claim passes over a clinician and room booked since the slot was planned', async () => {
    const start = new Date('2027-01-05T10:00:00-08:00').toISOString();
    const booked = await w.as.desk().scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'follow_up'),
      patientId: w.patients[1]?.record.id,
      start,
      idempotencyKey: randomUUID(),
    });
    const held = await rawRows<{ kind: string; resource_id: string; lo: string; hi: string }>(
      handle.db,
      sql`select kind, resource_id, lower(during)::text as lo, upper(during)::text as hi
          from appointment_allocations where appointment_id = ${booked.id} order by kind`,
    );
    const clinician = held.find((a) => a.kind === 'clinician');
    const room = held.find((a) => a.kind === 'exam_room');
    if (!clinician || !room) throw new Error('the booking holds no clinician or room');
    const otherClinician = [w.drA.id, w.drB.id].find((id) => id !== clinician.resource_id);
    const otherRoom = randomUUID();
    // Planned as if nothing were booked: the stale plan a booking racing this one would hold.
    const span = { startMs: Date.parse(clinician.lo), endMs: Date.parse(clinician.hi) };
    const slot = {
      clinicianIds: [clinician.resource_id, otherClinician],
      resources: [{ kind: 'exam_room', resourceIds: [room.resource_id, otherRoom] }],
      occupiedStartMs: span.startMs,
      occupiedEndMs: span.endMs,
      ...span,
    } as unknown as Slot;
    const pick = await handle.db.transaction((tx) => claimResources(tx, w.org.id, slot, undefined));
    expect(pick.ok && pick.pick.allocations.map((a) => a.resourceId)).toEqual([
      otherClinician,
      otherRoom,
    ]);
    // Asked for by name, a booked clinician is refused here rather than at the constraint.
    const asked = await handle.db.transaction((tx) =>
      claimResources(tx, w.org.id, slot, clinician.resource_id),
    );
    expect(asked).toEqual({ ok: false, reason: 'clinician_unavailable' });
    // Just after the booking's end the same clinician and room are free again.
    const later = { ...slot, occupiedStartMs: span.endMs, occupiedEndMs: span.endMs + 1_800_000 };
    const next = await handle.db.transaction((tx) =>
      claimResources(tx, w.org.id, later, undefined),
    );
    expect(next.ok && next.pick.allocations.map((a) => a.resourceId)).toEqual([
      clinician.resource_id,
      room.resource_id,
    ]);
  });

  it('a front-desk booking is six round trips on its connection, once its statements are prepared', async () => {
    const book = (start: string) =>
      w.as.desk().scheduling.book({
        locationId: w.loc.id,
        appointmentTypeId: typeId(w.types, 'follow_up'),
        patientId: w.patients[3]?.record.id,
        start: new Date(start).toISOString(),
        idempotencyKey: randomUUID(),
      });
    // The first booking prepares the statements on the connection the next one reuses.
    await book('2027-01-07T09:00:00-08:00');
    const from = sent.mock.calls.length;
    await book('2027-01-07T11:00:00-08:00');
    // By connection: the job runner polls on connections of its own meanwhile.
    const byConnection = new Map<number, string[]>();
    sent.mock.contexts.slice(from).forEach((client, i) => {
      const pid = (client as pg.Client & { processID: number }).processID;
      const config: unknown = sent.mock.calls[from + i]?.[0];
      const text =
        typeof config === 'string' ? config : String((config as { text?: unknown } | null)?.text);
      byConnection.set(pid, [...(byConnection.get(pid) ?? []), text]);
    });
    const booking = [...byConnection.values()].find((texts) => texts[0]?.startsWith('begin;'));
    // BEGIN + patient check; SAVEPOINT + hold release + location; slot rules; claim; insert;
    // jobs + audit row + COMMIT.
    expect(booking?.length, booking?.map((t) => t.slice(0, 60)).join('\n')).toBe(6);
    expect(booking?.at(-1)).toMatch(/commit$/);
  });

  it("plans a booking's statements once per connection, not once per call", async () => {
    // One connection, so its prepared statements (and how often each was planned) are the ones
    // every booking here used.
    const one = await createDatabase({
      kind: 'postgres',
      url: handle.url ?? '',
      maxConnections: 1,
    });
    try {
      const desk = callerAs({ db: one.db, jobs: env.jobs }, viewerFor(w.desk, w.org, [w.loc.id]));
      // Past PostgreSQL's five custom plans, after which it may choose a generic plan itself.
      for (let hour = 8; hour < 15; hour++)
        await desk.scheduling.book({
          locationId: w.loc.id,
          appointmentTypeId: typeId(w.types, 'follow_up'),
          patientId: w.patients[4]?.record.id,
          start: new Date(`2027-01-08T${String(hour).padStart(2, '0')}:00:00-08:00`).toISOString(),
          idempotencyKey: randomUUID(),
        });
      const { rows } = await one.sql.executeSql(
        `select case when statement like '%with hours as%' then 'slot rules' else 'claim' end
           as statement, generic_plans::int as generic, custom_plans::int as custom
         from pg_prepared_statements
         where statement like '%with hours as%' or statement like '%with busy as materialized%'
         order by 1`,
      );
      // Left to plan_cache_mode auto, the claim was planned for every call (and on the
      // benchmark's data the slot rules too: their generic plans are estimated dearer).
      expect(rows).toEqual([
        { statement: 'claim', generic: 7, custom: 0 },
        { statement: 'slot rules', generic: 7, custom: 0 },
      ]);
    } finally {
      await one.close();
    }
  });

  it('the database itself refuses an overlapping allocation, whatever the application does', async () => {
    const names = await rawRows<{ conname: string }>(
      handle.db,
      sql`select conname from pg_constraint where contype = 'x' and conrelid = 'appointment_allocations'::regclass order by conname`,
    );
    expect(names.map((r) => r.conname)).toEqual([
      'no_double_booking_clinician',
      'no_double_booking_exam_room',
      'no_double_booking_gait_lab',
    ]);
  });
});
